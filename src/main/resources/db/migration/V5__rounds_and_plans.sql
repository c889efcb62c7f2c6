-- Kompetencenet schema, part 5: self-assessment rounds and development plans.

CREATE TABLE assessment_round (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    framework_id  BIGINT        NOT NULL,
    opens_on      DATE          NOT NULL,
    closes_on     DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    closed_at     TIMESTAMP,
    CONSTRAINT pk_assessment_round PRIMARY KEY (id),
    CONSTRAINT fk_round_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE round_institution (
    round_id        BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    CONSTRAINT pk_round_institution PRIMARY KEY (round_id, institution_id),
    CONSTRAINT fk_ri_round FOREIGN KEY (round_id) REFERENCES assessment_round (id),
    CONSTRAINT fk_ri_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE TABLE round_answer (
    id             BIGINT     NOT NULL,
    round_id       BIGINT     NOT NULL,
    employee_id    BIGINT     NOT NULL,
    competence_id  BIGINT     NOT NULL,
    level_id       BIGINT     NOT NULL,
    answered_at    TIMESTAMP  NOT NULL,
    CONSTRAINT pk_round_answer PRIMARY KEY (id),
    CONSTRAINT uq_round_answer UNIQUE (round_id, employee_id, competence_id),
    CONSTRAINT fk_ra_round FOREIGN KEY (round_id) REFERENCES assessment_round (id),
    CONSTRAINT fk_ra_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_ra_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_ra_level FOREIGN KEY (level_id) REFERENCES proficiency_level (id)
);
CREATE INDEX ix_round_answer_employee ON round_answer (round_id, employee_id);

CREATE TABLE development_goal (
    id             BIGINT         NOT NULL,
    version        BIGINT         NOT NULL,
    employee_id    BIGINT         NOT NULL,
    description    VARCHAR(1000)  NOT NULL,
    competence_id  BIGINT,
    initiative_id  BIGINT,
    due_on         DATE,
    status         VARCHAR(20)    NOT NULL,
    CONSTRAINT pk_development_goal PRIMARY KEY (id),
    CONSTRAINT fk_goal_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_goal_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_goal_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_development_goal_employee ON development_goal (employee_id);
