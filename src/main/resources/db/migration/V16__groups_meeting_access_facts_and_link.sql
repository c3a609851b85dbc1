-- A meeting's access facts (step-free, hearing loop, …) as stable values, so each reader sees them in their language,
-- and its online link where people can join online. Existing meetings keep their access text and get no facts.
alter table meeting add column access_facts varchar(200) default '' not null;
alter table meeting add column online_link varchar(500);
