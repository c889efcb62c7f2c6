-- Kompetencenet schema, part 4: supervisors' training (programmes, modules, runs, enrolments, completions,
-- designations) and competence frameworks with assessments.

CREATE TABLE programme (
    id                 BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    name               VARCHAR(300)  NOT NULL,
    description        VARCHAR(4000),
    kind               VARCHAR(30)   NOT NULL,
    grants_designation VARCHAR(40),
    CONSTRAINT pk_programme PRIMARY KEY (id),
    CONSTRAINT uq_programme_name UNIQUE (name)
);

CREATE TABLE programme_initiative (
    programme_id   BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_programme_initiative PRIMARY KEY (programme_id, initiative_id),
    CONSTRAINT fk_pi_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_pi_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE programme_module (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    programme_id  BIGINT        NOT NULL,
    sort_order    INTEGER       NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    ects          DECIMAL(5,1),
    study_hours   INTEGER,
    CONSTRAINT pk_programme_module PRIMARY KEY (id),
    CONSTRAINT fk_module_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE programme_run (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    programme_id  BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    provider      VARCHAR(200),
    start_date    DATE          NOT NULL,
    end_date      DATE          NOT NULL,
    CONSTRAINT pk_programme_run PRIMARY KEY (id),
    CONSTRAINT fk_run_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE enrolment (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    run_id          BIGINT       NOT NULL,
    employee_id     BIGINT       NOT NULL,
    institution_id  BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    enrolled_on     DATE         NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_enrolment UNIQUE (run_id, employee_id),
    CONSTRAINT fk_enrolment_run FOREIGN KEY (run_id) REFERENCES programme_run (id),
    CONSTRAINT fk_enrolment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_enrolment_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_enrolment_institution ON enrolment (institution_id);

CREATE TABLE module_completion (
    id            BIGINT         NOT NULL,
    enrolment_id  BIGINT         NOT NULL,
    module_id     BIGINT         NOT NULL,
    completed_on  DATE           NOT NULL,
    evidence      VARCHAR(1000),
    CONSTRAINT pk_module_completion PRIMARY KEY (id),
    CONSTRAINT uq_module_completion UNIQUE (enrolment_id, module_id),
    CONSTRAINT fk_mc_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_mc_module FOREIGN KEY (module_id) REFERENCES programme_module (id)
);

CREATE TABLE designation (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    employee_id     BIGINT       NOT NULL,
    institution_id  BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    source          VARCHAR(20)  NOT NULL,
    enrolment_id    BIGINT,
    CONSTRAINT pk_designation PRIMARY KEY (id),
    CONSTRAINT fk_designation_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_designation_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_designation_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_designation_institution ON designation (institution_id);

CREATE TABLE framework (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    seed_key        VARCHAR(100),
    framework_version VARCHAR(40) NOT NULL,
    name_da         VARCHAR(300)  NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    description_da  VARCHAR(4000),
    description_en  VARCHAR(4000),
    active          BOOLEAN       NOT NULL,
    CONSTRAINT pk_framework PRIMARY KEY (id),
    CONSTRAINT uq_framework_seed_key UNIQUE (seed_key)
);

CREATE TABLE framework_initiative (
    framework_id   BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_framework_initiative PRIMARY KEY (framework_id, initiative_id),
    CONSTRAINT fk_fi_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_fi_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE proficiency_level (
    id              BIGINT        NOT NULL,
    framework_id    BIGINT        NOT NULL,
    code            VARCHAR(10)   NOT NULL,
    rank_no         INTEGER       NOT NULL,
    name_da         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    stem_da         VARCHAR(500),
    stem_en         VARCHAR(500),
    CONSTRAINT pk_proficiency_level PRIMARY KEY (id),
    CONSTRAINT uq_level_code UNIQUE (framework_id, code),
    CONSTRAINT fk_level_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE competence_area (
    id            BIGINT        NOT NULL,
    framework_id  BIGINT        NOT NULL,
    code          VARCHAR(10)   NOT NULL,
    sort_order    INTEGER       NOT NULL,
    name_da       VARCHAR(300)  NOT NULL,
    name_en       VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_competence_area PRIMARY KEY (id),
    CONSTRAINT fk_area_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE competence (
    id              BIGINT        NOT NULL,
    area_id         BIGINT        NOT NULL,
    code            VARCHAR(10)   NOT NULL,
    sort_order      INTEGER       NOT NULL,
    name_da         VARCHAR(300)  NOT NULL,
    name_en         VARCHAR(300)  NOT NULL,
    description_da  VARCHAR(2000),
    description_en  VARCHAR(2000),
    CONSTRAINT pk_competence PRIMARY KEY (id),
    CONSTRAINT fk_competence_area FOREIGN KEY (area_id) REFERENCES competence_area (id)
);

CREATE TABLE framework_target (
    id            BIGINT       NOT NULL,
    framework_id  BIGINT       NOT NULL,
    job_role      VARCHAR(30)  NOT NULL,
    level_id      BIGINT       NOT NULL,
    CONSTRAINT pk_framework_target PRIMARY KEY (id),
    CONSTRAINT uq_framework_target UNIQUE (framework_id, job_role),
    CONSTRAINT fk_target_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
    CONSTRAINT fk_target_level FOREIGN KEY (level_id) REFERENCES proficiency_level (id)
);

CREATE TABLE assessment (
    id              BIGINT         NOT NULL,
    employee_id     BIGINT         NOT NULL,
    competence_id   BIGINT         NOT NULL,
    level_id        BIGINT         NOT NULL,
    kind            VARCHAR(10)    NOT NULL,
    assessor        VARCHAR(100)   NOT NULL,
    assessed_on     DATE           NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL,
    note            VARCHAR(2000),
    evidence        VARCHAR(1000),
    instrument      VARCHAR(200),
    data_type       VARCHAR(20),
    tool            VARCHAR(200),
    reflection      VARCHAR(2000),
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_assessment_competence FOREIGN KEY (competence_id) REFERENCES competence (id),
    CONSTRAINT fk_assessment_level FOREIGN KEY (level_id) REFERENCES proficiency_level (id)
);
CREATE INDEX ix_assessment_employee ON assessment (employee_id, competence_id);
CREATE INDEX ix_assessment_competence ON assessment (competence_id);
