-- Forms the co-production team writes in WithUs. A published version may be for the members of one group (its slug;
-- null: for the roles in for_roles, as before). The version being written lives in form_draft until it is published
-- as the next version (the versions themselves never change, so answers to older ones stay readable).
alter table form_definition add column for_group varchar(80);

create table form_draft (
    form_key varchar(80) primary key,
    definition varchar(100000) not null,
    languages varchar(200) not null,
    for_roles varchar(200) not null,
    for_group varchar(80),
    updated_by bigint not null,
    updated_at timestamp with time zone not null
);
