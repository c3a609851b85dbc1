-- An officer decides which copy of a submission that arrived twice with different answers counts.
-- Both copies stay on record; the decision says who chose which, and when (and can be undone).
alter table sync_conflict add column decision varchar(16);
alter table sync_conflict add column decided_at timestamp with time zone;
alter table sync_conflict add column decided_by bigint references person (id);
alter table sync_conflict add column version bigint not null default 0;
alter table sync_conflict add constraint ck_sync_conflict_decision
    check (decision is null or (decision in ('KEEP_FIRST', 'USE_LATER') and decided_at is not null and decided_by is not null));
create index ix_sync_conflict_open on sync_conflict (decision);
