package dk.kompetencenet.training;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/** A module of a programme, worth ECTS points (diploma modules) or hours (courses). */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(precision = 5, scale = 1)
    private BigDecimal ects;

    @Column(name = "study_hours")
    private Integer hours;

    protected ProgrammeModule() {
    }

    ProgrammeModule(Programme programme, int sortOrder, String name, BigDecimal ects, Integer hours) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(Problem.inField("module", "training.error.nameRequired"));
        }
        if ((ects != null && ects.signum() < 0) || (hours != null && hours < 0)) {
            throw new InvalidInputException(Problem.inField("module", "training.error.negative"));
        }
        this.programme = programme;
        this.sortOrder = sortOrder;
        this.name = name.strip();
        this.ects = ects;
        this.hours = hours;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getEcts() {
        return ects;
    }

    public Integer getHours() {
        return hours;
    }
}
