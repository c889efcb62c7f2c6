-- Meetings of a series held besides those its rule gives (RDATE in calendar files): an occurrence record that adds
-- its original start to the series rather than describing one the rule gives.
ALTER TABLE meeting_occurrence ADD COLUMN added BOOLEAN DEFAULT FALSE NOT NULL;
