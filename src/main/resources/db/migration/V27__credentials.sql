-- Kompetencenet schema, part 27: credentials (issue 15, point 3). A completed programme issues a verifiable credential
-- (a PDF certificate with a verification link and an Open Badges 3.0 credential signed as a VC-JWT); its status lives
-- on the row (revoked with a reason). The issuer's signing key is one row: the first node to start inserts it, the
-- others lose on the primary key and read it, so every node signs with the same key across restarts.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

CREATE TABLE credential (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    token          VARCHAR(43)   NOT NULL,
    employee_id    BIGINT        NOT NULL,
    enrolment_id   BIGINT        NOT NULL,
    issued_at      TIMESTAMP     NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_until    DATE,
    revoked_at     TIMESTAMP,
    revoked_by     VARCHAR(100),
    revoke_reason  VARCHAR(500),
    CONSTRAINT pk_credential PRIMARY KEY (id),
    CONSTRAINT uq_credential_token UNIQUE (token),
    CONSTRAINT uq_credential_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_cred_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_cred_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_cred_employee ON credential (employee_id);

CREATE TABLE credential_key (
    name        VARCHAR(20)    NOT NULL,
    key_id      VARCHAR(100)   NOT NULL,
    private_jwk VARCHAR(4000)  NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    CONSTRAINT pk_credential_key PRIMARY KEY (name)
);
