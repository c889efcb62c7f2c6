-- Kompetencenet schema, part 6: uploaded files (the bytes live under the data directory, not in the database) and a
-- certificate file, valid until an optional date, as evidence of a completed module.

CREATE TABLE stored_file (
    id            BIGINT        NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    storage_key   VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (id),
    CONSTRAINT uq_stored_file_key UNIQUE (storage_key)
);

ALTER TABLE module_completion ADD COLUMN certificate_id BIGINT;
ALTER TABLE module_completion ADD COLUMN valid_until DATE;
ALTER TABLE module_completion ADD CONSTRAINT fk_mc_certificate FOREIGN KEY (certificate_id) REFERENCES stored_file (id);
