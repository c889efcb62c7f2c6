-- Kompetencenet schema, part 2: the strategy with its visions, focus areas, goals and initiatives (tiltag).

CREATE TABLE strategy (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    seed_key         VARCHAR(100),
    title            VARCHAR(300)  NOT NULL,
    municipality     VARCHAR(200)  NOT NULL,
    introduction     VARCHAR(4000),
    start_date       DATE          NOT NULL,
    follow_up_date   DATE          NOT NULL,
    evaluation_date  DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_strategy PRIMARY KEY (id),
    CONSTRAINT uq_strategy_seed_key UNIQUE (seed_key)
);

CREATE TABLE strategy_vision (
    strategy_id  BIGINT        NOT NULL,
    sort_order   INTEGER       NOT NULL,
    statement    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_strategy_vision PRIMARY KEY (strategy_id, sort_order),
    CONSTRAINT fk_vision_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id)
);

CREATE TABLE focus_area (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    strategy_id  BIGINT        NOT NULL,
    sort_order   INTEGER       NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    description  VARCHAR(4000),
    CONSTRAINT pk_focus_area PRIMARY KEY (id),
    CONSTRAINT fk_focus_area_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id)
);

CREATE TABLE goal (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    focus_area_id  BIGINT        NOT NULL,
    sort_order     INTEGER       NOT NULL,
    statement      VARCHAR(1000) NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_goal PRIMARY KEY (id),
    CONSTRAINT fk_goal_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id)
);

CREATE TABLE initiative (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    focus_area_id  BIGINT        NOT NULL,
    sort_order     INTEGER       NOT NULL,
    theme          VARCHAR(200)  NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    description    VARCHAR(4000),
    sector         VARCHAR(20)   NOT NULL,
    target_group   VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_initiative PRIMARY KEY (id),
    CONSTRAINT fk_initiative_focus_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id)
);
CREATE INDEX ix_initiative_focus_area ON initiative (focus_area_id);
CREATE INDEX ix_goal_focus_area ON goal (focus_area_id);
CREATE INDEX ix_focus_area_strategy ON focus_area (strategy_id);
