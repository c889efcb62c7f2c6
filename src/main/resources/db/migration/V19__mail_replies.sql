-- Kompetencenet schema, part 19: answers that come back by mail (issue 12). Invitees answer invitations in Outlook,
-- Google Calendar and the like; their iTIP REPLY (or COUNTER) reaches the organiser mailbox, which Kompetencenet reads
-- over IMAP (meeting/replies). Numbered 19, as part 18 is taken by issue 11's work.

-- Every calendar reply read from the mailbox, once: the unique key is made from what the reply says (UID, attendee,
-- occurrence, SEQUENCE, DTSTAMP) or, for a mail that is no usable reply, its Message-ID, so that neither a second poll
-- nor a second node records it twice, and a reply that could not be used is logged once.
CREATE TABLE mail_reply (
    id            BIGINT        NOT NULL,
    reply_key     VARCHAR(64)   NOT NULL,
    message_id    VARCHAR(500),
    meeting_id    BIGINT,
    attendee      VARCHAR(320),
    outcome       VARCHAR(20)   NOT NULL,
    detail        VARCHAR(500),
    processed_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_mail_reply PRIMARY KEY (id),
    CONSTRAINT uq_mail_reply_key UNIQUE (reply_key)
);

-- A new time an invitee proposed from their calendar program (iTIP COUNTER), shown to the organiser on the meeting page.
CREATE TABLE time_proposal (
    id                BIGINT         NOT NULL,
    meeting_id        BIGINT         NOT NULL,
    employee_id       BIGINT         NOT NULL,
    occurrence_start  TIMESTAMP,
    proposed_start    TIMESTAMP      NOT NULL,
    proposed_end      TIMESTAMP      NOT NULL,
    comment_text      VARCHAR(1000),
    received_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_time_proposal PRIMARY KEY (id),
    CONSTRAINT fk_time_proposal_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_time_proposal_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE INDEX ix_time_proposal_meeting ON time_proposal (meeting_id);

-- The last poll of the organiser mailbox: a node polls only when it can move this row's time on (JobClaims.claimRun),
-- so that in a cluster one node polls at a time.
INSERT INTO job_claim (job, period, claimed_at, node) VALUES ('mail-replies', 'last-run', '2000-01-01 00:00:00', 'migration');
