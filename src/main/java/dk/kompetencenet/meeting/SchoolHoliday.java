package dk.kompetencenet.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/** A school holiday of the municipality (e.g. efterårsferie), warned of when scheduling. */
@Entity
@Table(name = "school_holiday")
@NamedQuery(name = "SchoolHoliday.overlapping",
        query = "select h from SchoolHoliday h where h.firstDay <= :last and h.lastDay >= :first order by h.firstDay")
@NamedQuery(name = "SchoolHoliday.count", query = "select count(h) from SchoolHoliday h")
public class SchoolHoliday extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected SchoolHoliday() {
    }

    public SchoolHoliday(String name, LocalDate firstDay, LocalDate lastDay) {
        if (name == null || name.isBlank() || firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new InvalidInputException(Problem.inField("firstDay", "schoolHoliday.error.period"));
        }
        this.name = name.strip();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public String getName() {
        return name;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }
}
