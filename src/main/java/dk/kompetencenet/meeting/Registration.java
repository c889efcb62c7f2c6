package dk.kompetencenet.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A registration for a theme meeting: a seat while there is room, else a place on the waiting list. */
@Entity
@Table(name = "registration")
@NamedQuery(name = "Registration.ofMeeting", query = "select r from Registration r join fetch r.employee"
        + " where r.meeting = :meeting order by r.registeredAt, r.id")
public class Registration extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    protected Registration() {
    }

    Registration(Meeting meeting, Employee employee, Instant at, RegistrationStatus status) {
        this.meeting = meeting;
        this.employee = employee;
        this.registeredAt = at;
        this.status = status;
    }

    void renew(Instant at, RegistrationStatus newStatus) {
        this.registeredAt = at;
        this.status = newStatus;
    }

    void promote() {
        this.status = RegistrationStatus.REGISTERED;
    }

    void cancel() {
        this.status = RegistrationStatus.CANCELLED;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public RegistrationStatus getStatus() {
        return status;
    }
}
