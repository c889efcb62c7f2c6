-- Kompetencenet schema, part 17: work that must be done once per period however many nodes run (the due snapshots, at
-- start-up and nightly). A node claims (job, period) by inserting this row in the same transaction as the work: the
-- primary key lets one insert win, a second node's insert waits for the first transaction and then fails (done) or
-- goes ahead (the first rolled back: stopped or died half-way, so nothing is left claimed). See JobClaims.

CREATE TABLE job_claim (
    job         VARCHAR(60)   NOT NULL,
    period      VARCHAR(60)   NOT NULL,
    claimed_at  TIMESTAMP     NOT NULL,
    node        VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_job_claim PRIMARY KEY (job, period)
);
