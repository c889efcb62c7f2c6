package dk.kompetencenet.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** The level a job role is expected to reach in a framework (the profile a person's gap is measured against). */
@Entity
@Table(name = "framework_target")
public class FrameworkTarget extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false, length = 30)
    private JobRole jobRole;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private ProficiencyLevel level;

    protected FrameworkTarget() {
    }

    FrameworkTarget(Framework framework, JobRole jobRole, ProficiencyLevel level) {
        this.framework = framework;
        this.jobRole = jobRole;
        this.level = level;
    }

    void change(ProficiencyLevel newLevel) {
        this.level = newLevel;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public ProficiencyLevel getLevel() {
        return level;
    }
}
