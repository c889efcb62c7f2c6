package dk.kompetencenet.privacy;

import java.util.List;

/**
 * What the export reads, one aggregate JPQL query per section whatever the number of rows ({@code :p} is the
 * employee's id, {@code :u} their user names, {@code :person} the owner type of a person's feed). The columns name
 * the selected values in order; the first is the record's id. A new entity that points at {@code Employee} needs a
 * section here ({@code PersonalDataIT} fails until it has one).
 */
final class PersonalDataQueries {

    /** The source of the audit entries about the person. */
    static final String AUDIT = "AuditEntry.subjectId";

    record Query(String source, List<String> columns, String jpql) {

        Query(String source, String columns, String jpql) {
            this(source, List.of(columns.split(", ")), jpql);
        }
    }

    static final List<Query> ALL = List.of(
            new Query("Employee", "id, firstName, lastName, email, jobRole, active, leftOn",
                    "select e.id, e.firstName, e.lastName, e.email, e.jobRole, e.active, e.leftOn from Employee e"
                            + " where e.id = :p"),
            new Query("Employee.institutions", "id, institution",
                    "select i.id, i.name from Employee e join e.institutions i where e.id = :p order by i.name"),
            new Query("UserAccount.employee", "id, username, active, createdAt, lastLoginAt",
                    "select u.id, u.username, u.active, u.createdAt, u.lastLoginAt from UserAccount u"
                            + " where u.employee.id = :p order by u.id"),
            new Query("UserAccount.roles", "id, role",
                    "select u.id, r from UserAccount u join u.roles r where u.employee.id = :p order by u.id"),
            new Query("ApiToken.account", "id, label, scope, createdAt, createdBy, expiresAt, revokedAt, lastUsedAt",
                    "select t.id, t.label, t.scope, t.createdAt, t.createdBy, t.expiresAt, t.revokedAt, t.lastUsedAt"
                            + " from ApiToken t where t.account.employee.id = :p order by t.id"),
            new Query("Assessment.employee", "id, framework, competence, level, kind, assessedOn, assessor, note,"
                    + " evidence, instrument, dataType, tool, reflection, recordedAt",
                    "select a.id, f.nameDa, c.code, l.code, a.kind, a.assessedOn, a.assessor, a.note, a.evidence,"
                            + " a.instrument, a.dataType, a.tool, a.reflection, a.recordedAt from Assessment a"
                            + " join a.competence c join c.area ar join ar.framework f join a.level l"
                            + " where a.employee.id = :p order by a.assessedOn, a.id"),
            new Query("RoundAnswer.employee", "id, round, competence, level, answeredAt",
                    "select x.id, r.name, c.code, l.code, x.answeredAt from RoundAnswer x join x.round r"
                            + " join x.competence c join x.level l where x.employee.id = :p"
                            + " order by x.answeredAt, x.id"),
            new Query("DevelopmentGoal.employee", "id, description, competence, initiative, dueOn, status",
                    "select g.id, g.description, c.code, i.title, g.dueOn, g.status from DevelopmentGoal g"
                            + " left join g.competence c left join g.initiative i where g.employee.id = :p"
                            + " order by g.id"),
            new Query("Enrolment.employee", "id, programme, run, institution, status, enrolledOn",
                    "select x.id, p.name, r.name, i.name, x.status, x.enrolledOn from Enrolment x join x.run r"
                            + " join r.programme p join x.institution i where x.employee.id = :p"
                            + " order by x.enrolledOn, x.id"),
            new Query("ModuleCompletion.enrolment", "id, enrolment, module, completedOn, evidence, certificate,"
                    + " validUntil",
                    "select m.id, e.id, mo.name, m.completedOn, m.evidence, f.name, m.validUntil"
                            + " from ModuleCompletion m"
                            + " join m.enrolment e join m.module mo left join m.certificate f where e.employee.id = :p"
                            + " order by m.completedOn, m.id"),
            new Query("Designation.employee", "id, kind, institution, validFrom, validTo, source",
                    "select d.id, d.kind, i.name, d.validFrom, d.validTo, d.source from Designation d"
                            + " join d.institution i where d.employee.id = :p order by d.validFrom, d.id"),
            new Query("Credential.employee", "id, programme, validFrom, validUntil, issuedAt, revokedAt, revokeReason",
                    "select c.id, p.name, c.validFrom, c.validUntil, c.issuedAt, c.revokedAt, c.revokeReason"
                            + " from Credential c join c.enrolment x join x.run r join r.programme p"
                            + " where c.employee.id = :p order by c.issuedAt, c.id"),
            new Query("Invitation.employee", "id, meeting, title, start, location, invitedAt",
                    "select v.id, m.id, m.title, m.startAt, m.location, v.invitedAt from Invitation v join v.meeting m"
                            + " where v.employee.id = :p order by m.startAt, v.id"),
            new Query("InvitationAnswer.invitation", "id, invitation, title, occurrence, answer, answeredAt",
                    "select a.id, v.id, m.title, a.occurrenceStart, a.answer, a.answeredAt from InvitationAnswer a"
                            + " join a.invitation v join v.meeting m where v.employee.id = :p"
                            + " order by a.answeredAt, a.id"),
            new Query("Attendance.invitation", "id, invitation, title, occurrence, status",
                    "select a.id, v.id, m.title, a.occurrenceStart, a.status from Attendance a join a.invitation v"
                            + " join v.meeting m where v.employee.id = :p order by a.occurrenceStart, a.id"),
            new Query("Registration.employee", "id, title, registeredAt, status",
                    "select r.id, m.title, r.registeredAt, r.status from Registration r join r.meeting m"
                            + " where r.employee.id = :p order by r.registeredAt, r.id"),
            new Query("TimeProposal.employee", "id, title, occurrence, proposedStart, proposedEnd, comment, receivedAt",
                    "select t.id, m.title, t.occurrenceStart, t.proposedStart, t.proposedEnd, t.comment, t.receivedAt"
                            + " from TimeProposal t join t.meeting m where t.employee.id = :p"
                            + " order by t.receivedAt, t.id"),
            new Query("DatePoll.organiser", "id, title, kind, createdAt, closedAt",
                    "select d.id, d.title, d.kind, d.createdAt, d.closedAt from DatePoll d where d.organiser.id = :p"
                            + " order by d.createdAt, d.id"),
            new Query("PollInvitee.employee", "id, poll, title, answeredAt",
                    "select i.id, d.id, d.title, i.answeredAt from PollInvitee i join i.poll d"
                            + " where i.employee.id = :p order by d.createdAt, i.id"),
            new Query("PollAnswer.invitee", "id, invitee, title, start, end, availability, answeredAt",
                    "select a.id, i.id, d.title, s.startAt, s.endAt, a.availability, a.answeredAt from PollAnswer a"
                            + " join a.invitee i join i.poll d join a.slot s where i.employee.id = :p"
                            + " order by s.startAt, a.id"),
            new Query("NetworkMembership.employee", "id, network, joinedOn, leftOn",
                    "select x.id, n.name, x.joinedOn, x.leftOn from NetworkMembership x join x.network n"
                            + " where x.employee.id = :p order by x.joinedOn, x.id"),
            new Query("Network.coordinators", "id, network",
                    "select n.id, n.name from Network n join n.coordinators c where c.id = :p order by n.name"),
            new Query("Meeting.organiser", "id, title, start, location",
                    "select m.id, m.title, m.startAt, m.location from Meeting m where m.organiser.id = :p"
                            + " order by m.startAt, m.id"),
            new Query("ActionItem.owner", "id, title, occurrence, description, dueOn, done",
                    "select a.id, m.title, a.occurrenceStart, a.description, a.dueOn, a.done from ActionItem a"
                            + " join a.meeting m where a.owner.id = :p order by a.dueOn, a.id"),
            new Query("LocalDocument.owner", "id, institution, kind, status, adoptedOn, nextReviewOn",
                    "select d.id, i.name, k.key, d.status, d.adoptedOn, d.nextReviewOn from LocalDocument d"
                            + " join d.institution i join d.kind k where d.owner.id = :p order by d.id"),
            new Query("Experiment.recordedBy", "id, institution, what, startedOn, endedOn, shared",
                    "select x.id, i.name, x.what, x.startedOn, x.endedOn, x.shared from Experiment x"
                            + " join x.institution i where x.recordedBy in :u order by x.startedOn, x.id"),
            new Query("EquipmentNeed.requestedBy", "id, institution, what, quantity, status, requestedOn",
                    "select x.id, i.name, x.what, x.quantity, x.status, x.requestedOn from EquipmentNeed x"
                            + " join x.institution i where x.requestedBy in :u order by x.requestedOn, x.id"),
            new Query("MailPreference.employee", "id, meetingReminders, roundReminders, dueDates, digest, language",
                    "select p.id, p.meetingReminders, p.roundReminders, p.dueDates, p.digest, p.language"
                            + " from MailPreference p where p.employee.id = :p"),
            new Query("SentReminder.employee", "id, kind, subject, period, sentAt",
                    "select s.id, s.kind, s.subject, s.period, s.sentAt from SentReminder s where s.employee.id = :p"
                            + " order by s.sentAt, s.id"),
            new Query("FeedToken.ownerId", "id, createdAt, revokedAt",
                    "select t.id, t.createdAt, t.revokedAt from FeedToken t"
                            + " where t.ownerType = :person and t.ownerId = :p order by t.createdAt, t.id"),
            new Query(AUDIT, "id, occurredAt, actor, action, entityType, entityId, details",
                    "select a.id, a.occurredAt, a.actor, a.action, a.entityType, a.entityId, a.details"
                            + " from AuditEntry a where a.subjectId = :p order by a.occurredAt, a.id"));

    private PersonalDataQueries() {
    }
}
