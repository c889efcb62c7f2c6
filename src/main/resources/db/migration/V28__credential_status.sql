-- Kompetencenet schema, part 28: each credential's place in the issuer's revocation list (issue 15, point 3). The list
-- is a W3C Bitstring Status List: one public bitstring in which a credential's bit, at its status_index, is set when it
-- is revoked. Indexes are drawn at random (so that neighbours in the list say nothing about each other), once per
-- credential; existing credentials get theirs from the daily credential job.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+ (both let a UNIQUE column hold several NULLs).

ALTER TABLE credential ADD COLUMN status_index INTEGER;
ALTER TABLE credential ADD CONSTRAINT uq_credential_status UNIQUE (status_index);
