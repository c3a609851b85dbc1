-- Every pull asks for the decided conflicts of the person pulling (their devices learn which copy counts).
create index ix_sync_conflict_person_decided on sync_conflict (person_id, decided_at);
