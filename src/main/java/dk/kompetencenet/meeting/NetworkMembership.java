package dk.kompetencenet.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A period of membership of a network; current while it has no end. */
@Entity
@Table(name = "network_membership")
public class NetworkMembership extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected NetworkMembership() {
    }

    NetworkMembership(Network network, Employee employee, LocalDate joinedOn) {
        this.network = network;
        this.employee = employee;
        this.joinedOn = joinedOn;
    }

    void end(LocalDate on) {
        if (on.isBefore(joinedOn)) {
            throw new InvalidInputException(Problem.inField("leftOn", "network.error.leaveBeforeJoin"));
        }
        this.leftOn = on;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    /** Was a member on that day. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }

    public Network getNetwork() {
        return network;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
