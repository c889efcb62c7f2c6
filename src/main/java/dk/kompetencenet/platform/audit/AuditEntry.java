package dk.kompetencenet.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** One change to personal or strategic data: who, when, what. Append-only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.forEntity",
        query = "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.occurredAt desc, a.id desc")
public class AuditEntry extends BaseEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "action_code", nullable = false, length = 40)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(length = 4000)
    private String details;

    /** The employee the entry is about, if it is about one (their record, account, enrolment, answer, ...). */
    @Column(name = "subject_id")
    private Long subjectId;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String entityType, Long entityId, String details,
               Long subjectId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
        this.subjectId = subjectId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }

    public Long getSubjectId() {
        return subjectId;
    }
}
