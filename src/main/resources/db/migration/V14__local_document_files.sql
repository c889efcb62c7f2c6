-- Kompetencenet schema, part 14: a local document may be kept as a file (PDF) as well as, or instead of, a link.

ALTER TABLE local_document ADD COLUMN file_id BIGINT;
ALTER TABLE local_document ADD CONSTRAINT fk_ld_file FOREIGN KEY (file_id) REFERENCES stored_file (id);
