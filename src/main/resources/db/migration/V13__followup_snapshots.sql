-- Kompetencenet schema, part 13: snapshots of the strategy's indicators (baseline, one-year follow-up, two-year
-- evaluation, on demand), kept as they were so that reports can compare them later.

CREATE TABLE indicator_snapshot (
    id           BIGINT        NOT NULL,
    strategy_id  BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    label        VARCHAR(200)  NOT NULL,
    taken_on     DATE          NOT NULL,
    taken_at     TIMESTAMP     NOT NULL,
    taken_by     VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_indicator_snapshot PRIMARY KEY (id),
    CONSTRAINT fk_snapshot_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id)
);
CREATE INDEX ix_snapshot_strategy ON indicator_snapshot (strategy_id, taken_at);

CREATE TABLE indicator_value (
    id             BIGINT          NOT NULL,
    snapshot_id    BIGINT          NOT NULL,
    code           VARCHAR(120)    NOT NULL,
    section        VARCHAR(20)     NOT NULL,
    focus_area_id  BIGINT,
    sort_order     INTEGER         NOT NULL,
    label          VARCHAR(600)    NOT NULL,
    amount         DECIMAL(14,4)   NOT NULL,
    total          DECIMAL(14,4),
    CONSTRAINT pk_indicator_value PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value UNIQUE (snapshot_id, code),
    CONSTRAINT fk_value_snapshot FOREIGN KEY (snapshot_id) REFERENCES indicator_snapshot (id),
    CONSTRAINT fk_value_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id)
);
