-- Kompetencenet schema, part 29: the competences a date poll's meeting is to address, recorded when the poll is
-- planned from a competence gap (issue 15.1); the meeting the chosen time becomes carries them (meeting_competence).
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

CREATE TABLE date_poll_competence (
    poll_id        BIGINT  NOT NULL,
    competence_id  BIGINT  NOT NULL,
    CONSTRAINT pk_date_poll_competence PRIMARY KEY (poll_id, competence_id),
    CONSTRAINT fk_dpc_poll FOREIGN KEY (poll_id) REFERENCES date_poll (id),
    CONSTRAINT fk_dpc_competence FOREIGN KEY (competence_id) REFERENCES competence (id)
);
CREATE INDEX ix_date_poll_competence_competence ON date_poll_competence (competence_id);
