-- Kompetencenet schema, part 8: the register of local strategies and procedures the strategy requires of each
-- institution (kinds with their checklists come from seed/strategy/local-documents.json).

CREATE TABLE document_kind (
    id             BIGINT        NOT NULL,
    seed_key       VARCHAR(100)  NOT NULL,
    sort_order     INTEGER       NOT NULL,
    name_da        VARCHAR(300)  NOT NULL,
    name_en        VARCHAR(300)  NOT NULL,
    for_dagtilbud  BOOLEAN       NOT NULL,
    for_skole      BOOLEAN       NOT NULL,
    CONSTRAINT pk_document_kind PRIMARY KEY (id),
    CONSTRAINT uq_document_kind_key UNIQUE (seed_key)
);

CREATE TABLE document_section (
    id          BIGINT        NOT NULL,
    kind_id     BIGINT        NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    sort_order  INTEGER       NOT NULL,
    name_da     VARCHAR(300)  NOT NULL,
    name_en     VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_document_section PRIMARY KEY (id),
    CONSTRAINT uq_document_section UNIQUE (kind_id, code),
    CONSTRAINT fk_section_kind FOREIGN KEY (kind_id) REFERENCES document_kind (id)
);

CREATE TABLE document_kind_initiative (
    kind_id        BIGINT NOT NULL,
    initiative_id  BIGINT NOT NULL,
    CONSTRAINT pk_document_kind_initiative PRIMARY KEY (kind_id, initiative_id),
    CONSTRAINT fk_dki_kind FOREIGN KEY (kind_id) REFERENCES document_kind (id),
    CONSTRAINT fk_dki_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE TABLE local_document (
    id              BIGINT         NOT NULL,
    version         BIGINT         NOT NULL,
    institution_id  BIGINT         NOT NULL,
    kind_id         BIGINT         NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    adopted_on      DATE,
    next_review_on  DATE,
    owner_id        BIGINT,
    link            VARCHAR(1000),
    changed_at      TIMESTAMP      NOT NULL,
    changed_by      VARCHAR(100)   NOT NULL,
    CONSTRAINT pk_local_document PRIMARY KEY (id),
    CONSTRAINT uq_local_document UNIQUE (institution_id, kind_id),
    CONSTRAINT fk_ld_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_ld_kind FOREIGN KEY (kind_id) REFERENCES document_kind (id),
    CONSTRAINT fk_ld_owner FOREIGN KEY (owner_id) REFERENCES employee (id)
);
CREATE INDEX ix_local_document_kind ON local_document (kind_id, status);

CREATE TABLE local_document_section (
    document_id  BIGINT NOT NULL,
    section_id   BIGINT NOT NULL,
    CONSTRAINT pk_local_document_section PRIMARY KEY (document_id, section_id),
    CONSTRAINT fk_lds_document FOREIGN KEY (document_id) REFERENCES local_document (id),
    CONSTRAINT fk_lds_section FOREIGN KEY (section_id) REFERENCES document_section (id)
);
