-- The languages a group works in (tags of vaadin-i18n/languages.json, space-separated; its papers and forms come in
-- them), and a group that has finished: closed with the team's reason, its record (members, meetings, papers) kept.
alter table coproduction_group add column languages varchar(64) not null default 'en';
alter table coproduction_group add column closed_at timestamp with time zone;
alter table coproduction_group add column closed_reason varchar(4000);
