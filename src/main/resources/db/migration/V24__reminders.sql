-- Kompetencenet schema, part 24: reminder mails and the weekly digest (issue 14).
-- mail_preference: what kinds of mail a person has turned off, and the language of their mails (none: Danish); a
-- row only for people who changed something. sent_reminder: which reminder went to whom about what for which period,
-- so that a job run twice, or on two nodes, sends nothing twice (the unique key); nothing of the mail's text is kept.
-- token_hash: the SHA-256 of the mail's unsubscribe token (the token itself is only in the mail), on one row per mail.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

CREATE TABLE mail_preference (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    employee_id        BIGINT       NOT NULL,
    meeting_reminders  BOOLEAN      NOT NULL,
    round_reminders    BOOLEAN      NOT NULL,
    due_dates          BOOLEAN      NOT NULL,
    digest             BOOLEAN      NOT NULL,
    mail_language      VARCHAR(2),
    CONSTRAINT pk_mail_preference PRIMARY KEY (id),
    CONSTRAINT uq_mail_preference_employee UNIQUE (employee_id),
    CONSTRAINT fk_mail_preference_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE sent_reminder (
    id           BIGINT        NOT NULL,
    employee_id  BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    subject      VARCHAR(100)  NOT NULL,
    period       VARCHAR(20)   NOT NULL,
    sent_at      TIMESTAMP     NOT NULL,
    token_hash   VARCHAR(64),
    CONSTRAINT pk_sent_reminder PRIMARY KEY (id),
    CONSTRAINT uq_sent_reminder UNIQUE (employee_id, kind, subject, period),
    CONSTRAINT fk_sent_reminder_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_sent_reminder_kind CHECK (kind IN ('MEETING', 'ROUND', 'DUE_DATES', 'DIGEST'))
);

CREATE INDEX ix_sent_reminder_kind ON sent_reminder (kind, period);
CREATE INDEX ix_sent_reminder_token ON sent_reminder (token_hash);
