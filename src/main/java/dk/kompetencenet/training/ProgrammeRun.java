package dk.kompetencenet.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/** A run (cohort, hold) of a programme: dates and provider. */
@Entity
@Table(name = "programme_run")
public class ProgrammeRun extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String provider;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected ProgrammeRun() {
    }

    public ProgrammeRun(Programme programme, String name, String provider, LocalDate startDate, LocalDate endDate) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(Problem.inField("name", "training.error.nameRequired"));
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new InvalidInputException(Problem.inField("endDate", "training.error.dates"));
        }
        this.programme = programme;
        this.name = name.strip();
        this.provider = provider == null || provider.isBlank() ? null : provider.strip();
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
