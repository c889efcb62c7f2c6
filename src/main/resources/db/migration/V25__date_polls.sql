-- Kompetencenet schema, part 25: date polls (issue 14, point 3). An organiser proposes times for a network or theme
-- meeting; each invitee answers yes / if need be / no per time, by page or by a personal link (token) from the mail;
-- the chosen time becomes the meeting and the poll closes.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

CREATE TABLE date_poll (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    location        VARCHAR(300),
    network_id      BIGINT,
    organiser_id    BIGINT        NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    closed_at       TIMESTAMP,
    chosen_slot_id  BIGINT,
    meeting_id      BIGINT,
    CONSTRAINT pk_date_poll PRIMARY KEY (id),
    CONSTRAINT fk_dp_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_dp_organiser FOREIGN KEY (organiser_id) REFERENCES employee (id),
    CONSTRAINT fk_dp_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_dp_organiser ON date_poll (organiser_id);

CREATE TABLE date_poll_initiative (
    poll_id        BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_date_poll_initiative PRIMARY KEY (poll_id, initiative_id),
    CONSTRAINT fk_dpi_poll FOREIGN KEY (poll_id) REFERENCES date_poll (id),
    CONSTRAINT fk_dpi_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE poll_slot (
    id        BIGINT     NOT NULL,
    poll_id   BIGINT     NOT NULL,
    start_at  TIMESTAMP  NOT NULL,
    end_at    TIMESTAMP  NOT NULL,
    CONSTRAINT pk_poll_slot PRIMARY KEY (id),
    CONSTRAINT fk_ps_poll FOREIGN KEY (poll_id) REFERENCES date_poll (id),
    CONSTRAINT uq_poll_slot UNIQUE (poll_id, start_at, end_at)
);

ALTER TABLE date_poll ADD CONSTRAINT fk_dp_chosen_slot FOREIGN KEY (chosen_slot_id) REFERENCES poll_slot (id);

CREATE TABLE poll_invitee (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    poll_id      BIGINT       NOT NULL,
    employee_id  BIGINT       NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    answered_at  TIMESTAMP,
    CONSTRAINT pk_poll_invitee PRIMARY KEY (id),
    CONSTRAINT fk_pi_poll FOREIGN KEY (poll_id) REFERENCES date_poll (id),
    CONSTRAINT fk_pi_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT uq_poll_invitee UNIQUE (poll_id, employee_id),
    CONSTRAINT uq_poll_invitee_token UNIQUE (token)
);
CREATE INDEX ix_pi_employee ON poll_invitee (employee_id);

CREATE TABLE poll_answer (
    id            BIGINT       NOT NULL,
    invitee_id    BIGINT       NOT NULL,
    slot_id       BIGINT       NOT NULL,
    availability  VARCHAR(12)  NOT NULL,
    answered_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_poll_answer PRIMARY KEY (id),
    CONSTRAINT fk_pa_invitee FOREIGN KEY (invitee_id) REFERENCES poll_invitee (id),
    CONSTRAINT fk_pa_slot FOREIGN KEY (slot_id) REFERENCES poll_slot (id),
    CONSTRAINT uq_poll_answer UNIQUE (invitee_id, slot_id)
);
CREATE INDEX ix_pa_slot ON poll_answer (slot_id);
