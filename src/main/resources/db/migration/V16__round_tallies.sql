-- Kompetencenet schema, part 16: a closed self-assessment round tallied once, as it closes, so that its figures stay
-- as they were (closing a round freezes it for comparison) and the overviews read a few rows instead of every answer.
-- scope_id is an institution's id (its staff at closing, whatever else they work at), or 0 for the whole municipality
-- (staff of an active institution at closing, each counted once).

CREATE TABLE round_tally (
    round_id       BIGINT   NOT NULL,
    scope_id       BIGINT   NOT NULL,
    competence_id  BIGINT   NOT NULL,
    level_id       BIGINT   NOT NULL,
    answers        INTEGER  NOT NULL,
    CONSTRAINT pk_round_tally PRIMARY KEY (round_id, scope_id, competence_id, level_id),
    CONSTRAINT fk_rt_round FOREIGN KEY (round_id) REFERENCES assessment_round (id),
    CONSTRAINT fk_rt_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_rt_level FOREIGN KEY (level_id) REFERENCES proficiency_level (id)
);

CREATE TABLE round_turnout (
    round_id     BIGINT   NOT NULL,
    scope_id     BIGINT   NOT NULL,
    respondents  INTEGER  NOT NULL,
    CONSTRAINT pk_round_turnout PRIMARY KEY (round_id, scope_id),
    CONSTRAINT fk_rto_round FOREIGN KEY (round_id) REFERENCES assessment_round (id)
);

INSERT INTO round_tally (round_id, scope_id, competence_id, level_id, answers)
SELECT ra.round_id, w.institution_id, ra.competence_id, ra.level_id, COUNT(*)
  FROM round_answer ra JOIN employee_institution w ON w.employee_id = ra.employee_id
 WHERE ra.round_id IN (SELECT r.id FROM assessment_round r WHERE r.status = 'CLOSED')
 GROUP BY ra.round_id, w.institution_id, ra.competence_id, ra.level_id;

INSERT INTO round_tally (round_id, scope_id, competence_id, level_id, answers)
SELECT ra.round_id, 0, ra.competence_id, ra.level_id, COUNT(*)
  FROM (SELECT DISTINCT w.employee_id FROM employee_institution w JOIN institution i ON i.id = w.institution_id
         WHERE i.active = TRUE) v
  JOIN round_answer ra ON ra.employee_id = v.employee_id
 WHERE ra.round_id IN (SELECT r.id FROM assessment_round r WHERE r.status = 'CLOSED')
 GROUP BY ra.round_id, ra.competence_id, ra.level_id;

INSERT INTO round_turnout (round_id, scope_id, respondents)
SELECT r.id, w.institution_id, COUNT(*)
  FROM assessment_round r, employee_institution w
 WHERE r.status = 'CLOSED'
   AND EXISTS (SELECT 1 FROM round_answer ra WHERE ra.round_id = r.id AND ra.employee_id = w.employee_id)
 GROUP BY r.id, w.institution_id;

INSERT INTO round_turnout (round_id, scope_id, respondents)
SELECT r.id, 0, COUNT(*)
  FROM assessment_round r, employee v
 WHERE r.status = 'CLOSED'
   AND EXISTS (SELECT 1 FROM round_answer ra WHERE ra.round_id = r.id AND ra.employee_id = v.id)
   AND EXISTS (SELECT 1 FROM employee_institution w JOIN institution i ON i.id = w.institution_id
               WHERE w.employee_id = v.id AND i.active = TRUE)
 GROUP BY r.id;
