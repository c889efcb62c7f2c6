-- Kompetencenet schema, part 18: the bytes of a deleted file are kept for a day after the deletion of its row commits
-- (issue 11). Every node of a cluster shares one files folder, and a backup copies the database before the files: a
-- deletion committed on any node in between must not take bytes that a row in the database copy names. The deleting
-- transaction writes this row beside removing the stored_file row; a daily purge (once per cluster) removes the bytes
-- and the row when the day has passed. See FileStore.

CREATE TABLE file_deletion (
    storage_key  VARCHAR(64)   NOT NULL,
    deleted_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_file_deletion PRIMARY KEY (storage_key)
);

CREATE INDEX ix_file_deletion_at ON file_deletion (deleted_at);
