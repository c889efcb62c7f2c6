-- Kompetencenet schema, part 3: supervisors' networks, meetings with their series, invitations, answers,
-- registrations, attendance, minutes, action items, calendar feed tokens and school holidays.

CREATE TABLE network (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    seed_key     VARCHAR(100),
    name         VARCHAR(200)  NOT NULL,
    sector       VARCHAR(20)   NOT NULL,
    description  VARCHAR(4000),
    active       BOOLEAN       NOT NULL,
    CONSTRAINT pk_network PRIMARY KEY (id),
    CONSTRAINT uq_network_name UNIQUE (name),
    CONSTRAINT uq_network_seed_key UNIQUE (seed_key)
);

CREATE TABLE network_coordinator (
    network_id   BIGINT NOT NULL,
    employee_id  BIGINT NOT NULL,
    CONSTRAINT pk_network_coordinator PRIMARY KEY (network_id, employee_id),
    CONSTRAINT fk_nc_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_nc_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE network_initiative (
    network_id     BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_network_initiative PRIMARY KEY (network_id, initiative_id),
    CONSTRAINT fk_ni_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_ni_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE network_membership (
    id           BIGINT       NOT NULL,
    network_id   BIGINT       NOT NULL,
    employee_id  BIGINT       NOT NULL,
    joined_on    DATE         NOT NULL,
    left_on      DATE,
    CONSTRAINT pk_network_membership PRIMARY KEY (id),
    CONSTRAINT fk_nm_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_nm_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_nm_network ON network_membership (network_id);
CREATE INDEX ix_nm_employee ON network_membership (employee_id);

CREATE TABLE meeting (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    uid           VARCHAR(100)  NOT NULL,
    sequence_no   INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    agenda        VARCHAR(4000),
    location      VARCHAR(300),
    room          VARCHAR(100),
    start_at      TIMESTAMP     NOT NULL,
    end_at        TIMESTAMP     NOT NULL,
    rrule         VARCHAR(500),
    series_end    TIMESTAMP     NOT NULL,
    organiser_id  BIGINT        NOT NULL,
    network_id    BIGINT,
    capacity      INTEGER,
    cancelled     BOOLEAN       NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (id),
    CONSTRAINT uq_meeting_uid UNIQUE (uid),
    CONSTRAINT fk_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES employee (id),
    CONSTRAINT fk_meeting_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_meeting_period ON meeting (start_at, series_end);
CREATE INDEX ix_meeting_room ON meeting (room);

CREATE TABLE meeting_initiative (
    meeting_id     BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_meeting_initiative PRIMARY KEY (meeting_id, initiative_id),
    CONSTRAINT fk_mi_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_mi_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE meeting_occurrence (
    id              BIGINT         NOT NULL,
    version         BIGINT         NOT NULL,
    meeting_id      BIGINT         NOT NULL,
    original_start  TIMESTAMP      NOT NULL,
    start_at        TIMESTAMP,
    end_at          TIMESTAMP,
    cancelled       BOOLEAN        NOT NULL,
    minutes         VARCHAR(16000),
    CONSTRAINT pk_meeting_occurrence PRIMARY KEY (id),
    CONSTRAINT uq_meeting_occurrence UNIQUE (meeting_id, original_start),
    CONSTRAINT fk_mo_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE invitation (
    id           BIGINT     NOT NULL,
    meeting_id   BIGINT     NOT NULL,
    employee_id  BIGINT     NOT NULL,
    invited_at   TIMESTAMP  NOT NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uq_invitation UNIQUE (meeting_id, employee_id),
    CONSTRAINT fk_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_invitation_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_invitation_employee ON invitation (employee_id);

CREATE TABLE invitation_answer (
    id                BIGINT       NOT NULL,
    invitation_id     BIGINT       NOT NULL,
    occurrence_start  TIMESTAMP    NOT NULL,
    answer            VARCHAR(20)  NOT NULL,
    answered_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_invitation_answer PRIMARY KEY (id),
    CONSTRAINT uq_invitation_answer UNIQUE (invitation_id, occurrence_start),
    CONSTRAINT fk_answer_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);

CREATE TABLE attendance (
    id                BIGINT       NOT NULL,
    invitation_id     BIGINT       NOT NULL,
    occurrence_start  TIMESTAMP    NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT uq_attendance UNIQUE (invitation_id, occurrence_start),
    CONSTRAINT fk_attendance_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);

CREATE TABLE registration (
    id             BIGINT       NOT NULL,
    meeting_id     BIGINT       NOT NULL,
    employee_id    BIGINT       NOT NULL,
    registered_at  TIMESTAMP    NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_registration PRIMARY KEY (id),
    CONSTRAINT uq_registration UNIQUE (meeting_id, employee_id),
    CONSTRAINT fk_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_registration_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE action_item (
    id                BIGINT         NOT NULL,
    version           BIGINT         NOT NULL,
    meeting_id        BIGINT         NOT NULL,
    occurrence_start  TIMESTAMP      NOT NULL,
    description       VARCHAR(1000)  NOT NULL,
    owner_id          BIGINT,
    due_on            DATE,
    done              BOOLEAN        NOT NULL,
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item_owner FOREIGN KEY (owner_id) REFERENCES employee (id)
);

CREATE TABLE feed_token (
    id          BIGINT       NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    owner_type  VARCHAR(20)  NOT NULL,
    owner_id    BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT pk_feed_token PRIMARY KEY (id),
    CONSTRAINT uq_feed_token UNIQUE (token)
);
CREATE INDEX ix_feed_token_owner ON feed_token (owner_type, owner_id);

CREATE TABLE school_holiday (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    first_day  DATE          NOT NULL,
    last_day   DATE          NOT NULL,
    CONSTRAINT pk_school_holiday PRIMARY KEY (id)
);
