-- Kompetencenet schema, part 1: ids, institutions, staff, user accounts, audit log.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

CREATE TABLE id_generator (
    name        VARCHAR(50) NOT NULL,
    next_value  BIGINT      NOT NULL,
    CONSTRAINT pk_id_generator PRIMARY KEY (name)
);
INSERT INTO id_generator (name, next_value) VALUES ('entity', 0);

CREATE TABLE institution (
    id                BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    institution_type  VARCHAR(30)  NOT NULL,
    area              VARCHAR(100),
    street            VARCHAR(200),
    postal_code       VARCHAR(4),
    city              VARCHAR(100),
    active            BOOLEAN      NOT NULL,
    CONSTRAINT pk_institution PRIMARY KEY (id),
    CONSTRAINT uq_institution_name UNIQUE (name)
);

CREATE TABLE employee (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    job_role    VARCHAR(30)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pk_employee PRIMARY KEY (id),
    CONSTRAINT uq_employee_email UNIQUE (email)
);
CREATE INDEX ix_employee_last_name ON employee (last_name);

CREATE TABLE employee_institution (
    employee_id     BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    CONSTRAINT pk_employee_institution PRIMARY KEY (employee_id, institution_id),
    CONSTRAINT fk_ei_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_ei_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_ei_institution ON employee_institution (institution_id);

CREATE TABLE user_account (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    username       VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    employee_id    BIGINT,
    active         BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    last_login_at  TIMESTAMP,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE user_role (
    user_id    BIGINT      NOT NULL,
    role_name  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action_code  VARCHAR(40)   NOT NULL,
    entity_type  VARCHAR(60)   NOT NULL,
    entity_id    BIGINT,
    details      VARCHAR(4000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
