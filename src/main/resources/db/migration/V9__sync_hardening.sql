-- Sync hardening (issue 11).
-- A device row is changed by revokes and new tokens under optimistic locking; "last seen" is written on its own.
alter table sync_device add column version bigint default 0 not null;

-- A quarantined item is kept whole, however long it is (a push is at most 4 MB, and quarantine per device is limited).
alter table sync_quarantine alter column content set data type varchar;

-- Unfinished uploads are cleared by the retention job after a while.
create index ix_sync_attachment_unfinished on sync_attachment (complete, created_at);

-- The private half of each browser's lock key pair: what a person leaves unsent when they sign out of a shared
-- device is sealed with the public half, kept on the device; only their next sign-in there gets this back.
alter table sync_device add column lock_key varchar(4000);
