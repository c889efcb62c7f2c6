package dk.kompetencenet.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/** A training programme: its modules in order, the initiatives it serves, and the designation completing it grants. */
@Entity
@Table(name = "programme")
public class Programme extends VersionedEntity {

    @Column(nullable = false, length = 300, unique = true)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProgrammeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "grants_designation", length = 40)
    private DesignationKind grantsDesignation;

    @ManyToMany
    @JoinTable(name = "programme_initiative", joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProgrammeModule> modules = new ArrayList<>();

    protected Programme() {
    }

    public Programme(String name, String description, ProgrammeKind kind, DesignationKind grantsDesignation) {
        describe(name, description, kind, grantsDesignation);
    }

    public final void describe(String name, String description, ProgrammeKind kind, DesignationKind grants) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(Problem.inField("name", "training.error.nameRequired"));
        }
        if (kind == null) {
            throw new InvalidInputException(Problem.inField("kind", "training.error.kindRequired"));
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.kind = kind;
        this.grantsDesignation = grants;
    }

    public ProgrammeModule addModule(String moduleName, BigDecimal ects, Integer hours) {
        ProgrammeModule module = new ProgrammeModule(this, modules.size() + 1, moduleName, ects, hours);
        modules.add(module);
        return module;
    }

    public void serve(Set<Initiative> served) {
        initiatives.clear();
        initiatives.addAll(served);
    }

    /** The programme's total ECTS points. */
    public BigDecimal getTotalEcts() {
        return modules.stream().map(ProgrammeModule::getEcts).filter(e -> e != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public DesignationKind getGrantsDesignation() {
        return grantsDesignation;
    }

    public Set<Initiative> getInitiatives() {
        return Collections.unmodifiableSet(initiatives);
    }

    public List<ProgrammeModule> getModules() {
        return Collections.unmodifiableList(modules);
    }
}
