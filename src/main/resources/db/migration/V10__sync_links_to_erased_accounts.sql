-- Right to erasure (rights module): when a person's account is erased, what they sent for themselves is deleted,
-- but answers they collected from other residents at an event (capture mode EVENT) are the council's record of
-- those residents' words: they are kept, with the link to the erased account (and its device) left empty.
alter table sync_submission alter column person_id drop not null;
alter table sync_submission alter column device_id drop not null;
alter table sync_conflict alter column person_id drop not null;
alter table sync_conflict alter column device_id drop not null;
alter table sync_quarantine alter column person_id drop not null;
alter table sync_quarantine alter column device_id drop not null;
alter table sync_attachment alter column uploaded_by drop not null;
