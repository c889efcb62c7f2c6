-- Kompetencenet schema, part 23: personal data handled as GDPR asks (issue 13).
-- When a person left (the retention period before erasure counts from it) and when they were anonymised; which
-- employee an audit entry is about, so that an export, an erasure and the audit log page find them by one indexed
-- column; indexes for the audit log page's filters (who, when, about whom) at 12,000 staff.
-- Portable SQL: accepted by Apache Derby 10.16 and PostgreSQL 12+.

ALTER TABLE employee ADD COLUMN left_on DATE;
ALTER TABLE employee ADD COLUMN anonymised_at TIMESTAMP;

-- People already deactivated left when the audit log says so, or (imported inactive, no entry) today.
UPDATE employee SET left_on = COALESCE(
    (SELECT CAST(MAX(a.occurred_at) AS DATE) FROM audit_entry a
      WHERE a.entity_type = 'Employee' AND a.entity_id = employee.id AND a.action_code = 'DEACTIVATE'),
    CURRENT_DATE)
 WHERE active = FALSE;
CREATE INDEX ix_employee_left_on ON employee (active, left_on);

ALTER TABLE audit_entry ADD COLUMN subject_id BIGINT;
UPDATE audit_entry SET subject_id = entity_id WHERE entity_type IN ('Employee', 'PERSON');
UPDATE audit_entry SET subject_id = (SELECT u.employee_id FROM user_account u WHERE u.id = audit_entry.entity_id)
 WHERE entity_type = 'UserAccount';
UPDATE audit_entry SET subject_id = (SELECT x.employee_id FROM enrolment x WHERE x.id = audit_entry.entity_id)
 WHERE entity_type = 'Enrolment';
UPDATE audit_entry SET subject_id = (SELECT x.employee_id FROM designation x WHERE x.id = audit_entry.entity_id)
 WHERE entity_type = 'Designation';

CREATE INDEX ix_audit_subject ON audit_entry (subject_id, occurred_at);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
