-- Papers uploaded by organisers: a file's size is kept beside it (a download link says how big it is without reading
-- the bytes). A plain document (PDF, Word) may have no text in the page: ck_format_has_something still holds.
alter table material_format add column file_size integer;
update material_format set file_size = octet_length(content) where content is not null;

-- Who published a paper, and when it was uploaded (kept with the record of the group).
alter table material add column published_by bigint;

-- A paper request now remembers who asked, so that they are told when the format is there, and when that was.
-- Rows made before this keep no person (nobody to tell). On erasure the person goes and the count stays.
alter table paper_request add column person_id bigint;
alter table paper_request add column fulfilled_at timestamp with time zone;
create index ix_paper_request_person on paper_request (person_id);
