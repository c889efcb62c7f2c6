-- Kompetencenet schema, part 26: the competences a (theme) meeting addresses, recorded when it is planned from a
-- competence gap (issue 15.1).

CREATE TABLE meeting_competence (
    meeting_id     BIGINT  NOT NULL,
    competence_id  BIGINT  NOT NULL,
    CONSTRAINT pk_meeting_competence PRIMARY KEY (meeting_id, competence_id),
    CONSTRAINT fk_mc_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_mc_competence FOREIGN KEY (competence_id) REFERENCES competence (id)
);
CREATE INDEX ix_meeting_competence_competence ON meeting_competence (competence_id);
