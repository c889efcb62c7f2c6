-- Kompetencenet schema, part 10: room to experiment and equipment. Each institution's log of experiments with
-- technology (shared with the network or not) and its register of equipment needs, whose status moves forward one
-- dated step at a time (requested, approved, delivered, in use; or rejected); both linked to initiatives.

CREATE TABLE experiment (
    id                   BIGINT         NOT NULL,
    version              BIGINT         NOT NULL,
    institution_id       BIGINT         NOT NULL,
    what_tried           VARCHAR(300)   NOT NULL,
    who_took_part        VARCHAR(300)   NOT NULL,
    age_group            VARCHAR(20)    NOT NULL,
    started_on           DATE           NOT NULL,
    ended_on             DATE,
    outcome              VARCHAR(4000),
    shared_with_network  BOOLEAN        NOT NULL,
    recorded_by          VARCHAR(100)   NOT NULL,
    changed_at           TIMESTAMP      NOT NULL,
    changed_by           VARCHAR(100)   NOT NULL,
    CONSTRAINT pk_experiment PRIMARY KEY (id),
    CONSTRAINT fk_experiment_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_experiment_institution ON experiment (institution_id, started_on);
CREATE INDEX ix_experiment_shared ON experiment (shared_with_network, started_on);

CREATE TABLE experiment_initiative (
    experiment_id  BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_experiment_initiative PRIMARY KEY (experiment_id, initiative_id),
    CONSTRAINT fk_ei_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_ei_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_experiment_initiative ON experiment_initiative (initiative_id);

CREATE TABLE equipment_need (
    id              BIGINT         NOT NULL,
    version         BIGINT         NOT NULL,
    institution_id  BIGINT         NOT NULL,
    what_needed     VARCHAR(300)   NOT NULL,
    quantity        INTEGER        NOT NULL,
    purpose         VARCHAR(1000),
    status          VARCHAR(20)    NOT NULL,
    requested_on    DATE           NOT NULL,
    requested_by    VARCHAR(100)   NOT NULL,
    approved_on     DATE,
    approved_by     VARCHAR(100),
    delivered_on    DATE,
    delivered_by    VARCHAR(100),
    in_use_on       DATE,
    in_use_by       VARCHAR(100),
    rejected_on     DATE,
    rejected_by     VARCHAR(100),
    changed_at      TIMESTAMP      NOT NULL,
    changed_by      VARCHAR(100)   NOT NULL,
    CONSTRAINT pk_equipment_need PRIMARY KEY (id),
    CONSTRAINT ck_equipment_quantity CHECK (quantity > 0),
    CONSTRAINT fk_equipment_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_equipment_institution ON equipment_need (institution_id, status);
CREATE INDEX ix_equipment_status ON equipment_need (status, requested_on);

CREATE TABLE equipment_need_initiative (
    need_id        BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_equipment_need_initiative PRIMARY KEY (need_id, initiative_id),
    CONSTRAINT fk_eni_need FOREIGN KEY (need_id) REFERENCES equipment_need (id),
    CONSTRAINT fk_eni_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);
CREATE INDEX ix_equipment_need_initiative ON equipment_need_initiative (initiative_id);
