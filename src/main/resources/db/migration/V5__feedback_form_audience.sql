-- Who may fill in a form: the roles, comma separated. Staff forms (event capture) by default.
alter table form_definition add column for_roles varchar(200) default 'OFFICER,COPRODUCTION_TEAM' not null;
