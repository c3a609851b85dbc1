-- Equality information (the optional section of a form): kept apart from the answers and from the person. A row per
-- respondent under a random id, with only what counting needs – the form, its version, how it was captured and the
-- month – never the submission id, the person, the device or the time; their answers beside it, a row each.
create table equality_response (
    id uuid primary key,
    form_key varchar(80) not null,
    form_version integer not null,
    capture_mode varchar(10) not null,
    captured_month varchar(7) not null
);

create index equality_response_form on equality_response (form_key, form_version);

create table equality_answer (
    response_id uuid not null references equality_response (id),
    question varchar(40) not null,
    answer varchar(40) not null,
    primary key (response_id, question)
);
