-- Kompetencenet schema, part 15: each person's current level per competence, that is their latest formal rating (the
-- latest date, and of ratings on the same date the latest entry), kept beside the append-only assessments it is
-- derived from. CompetenceService keeps it up to date as ratings are saved; the overviews count current levels from
-- it instead of searching every person's history for the latest entry.

CREATE TABLE current_rating (
    employee_id    BIGINT  NOT NULL,
    competence_id  BIGINT  NOT NULL,
    assessment_id  BIGINT  NOT NULL,
    level_id       BIGINT  NOT NULL,
    assessed_on    DATE    NOT NULL,
    CONSTRAINT pk_current_rating PRIMARY KEY (employee_id, competence_id),
    CONSTRAINT fk_cr_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_cr_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_cr_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_cr_level FOREIGN KEY (level_id) REFERENCES proficiency_level (id)
);
CREATE INDEX ix_current_rating_competence ON current_rating (competence_id);

INSERT INTO current_rating (employee_id, competence_id, assessment_id, level_id, assessed_on)
SELECT a.employee_id, a.competence_id, a.id, a.level_id, a.assessed_on FROM assessment a
 WHERE a.kind = 'RATING'
   AND NOT EXISTS (SELECT 1 FROM assessment b WHERE b.employee_id = a.employee_id AND b.competence_id = a.competence_id
                   AND b.kind = 'RATING'
                   AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.id > a.id)));
