-- Kompetencenet schema, part 11: strategy revision. A revised version of the strategy, and each of its initiatives,
-- remembers the one it was copied from, so that history and links to the old version's initiatives stay readable.

ALTER TABLE strategy ADD COLUMN revised_from BIGINT;
ALTER TABLE strategy ADD CONSTRAINT fk_strategy_revised_from FOREIGN KEY (revised_from) REFERENCES strategy (id);

ALTER TABLE initiative ADD COLUMN revised_from BIGINT;
ALTER TABLE initiative ADD CONSTRAINT fk_initiative_revised_from FOREIGN KEY (revised_from) REFERENCES initiative (id);
CREATE INDEX ix_initiative_revised_from ON initiative (revised_from);
