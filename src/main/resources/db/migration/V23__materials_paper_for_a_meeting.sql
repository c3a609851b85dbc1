-- A paper can be for one of its group's meetings: the minutes of a meeting (always), or its agenda. Papers from
-- before keep none.
alter table material add column meeting_id bigint;
create index ix_material_meeting on material (meeting_id);
