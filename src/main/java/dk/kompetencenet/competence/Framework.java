package dk.kompetencenet.competence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/** A competence framework in one version: its proficiency scale, areas with competences, and targets per job role. */
@Entity
@Table(name = "framework")
public class Framework extends VersionedEntity {

    @Column(name = "seed_key", length = 100, unique = true)
    private String seedKey;

    @Column(name = "framework_version", nullable = false, length = 40)
    private String frameworkVersion;

    @Column(name = "name_da", nullable = false, length = 300)
    private String nameDa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "description_da", length = 4000)
    private String descriptionDa;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CompetenceArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FrameworkTarget> targets = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "framework_initiative", joinColumns = @JoinColumn(name = "framework_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected Framework() {
    }

    public Framework(String seedKey, String frameworkVersion, String nameDa, String nameEn, String descriptionDa,
                     String descriptionEn) {
        if (nameDa == null || nameDa.isBlank() || frameworkVersion == null || frameworkVersion.isBlank()) {
            throw new InvalidInputException(Problem.inField("name", "competence.error.nameRequired"));
        }
        this.seedKey = seedKey;
        this.frameworkVersion = frameworkVersion.strip();
        this.nameDa = nameDa.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameDa : nameEn.strip();
        this.descriptionDa = descriptionDa;
        this.descriptionEn = descriptionEn;
    }

    public ProficiencyLevel addLevel(String code, String nameDa, String nameEn, String stemDa, String stemEn) {
        if (level(code).isPresent()) {
            throw new InvalidInputException(Problem.inField("levels", "competence.error.duplicateCode", code));
        }
        ProficiencyLevel level = new ProficiencyLevel(this, code, levels.size() + 1, nameDa, nameEn, stemDa, stemEn);
        levels.add(level);
        return level;
    }

    public CompetenceArea addArea(String code, String nameDa, String nameEn) {
        CompetenceArea area = new CompetenceArea(this, code, areas.size() + 1, nameDa, nameEn);
        areas.add(area);
        return area;
    }

    /** Sets the expected level for a job role. */
    public void target(JobRole role, String levelCode) {
        ProficiencyLevel level = level(levelCode).orElseThrow(() -> new InvalidInputException(
                Problem.inField("targets", "competence.error.unknownLevel", levelCode)));
        targets.stream().filter(t -> t.getJobRole() == role).findFirst()
                .ifPresentOrElse(t -> t.change(level), () -> targets.add(new FrameworkTarget(this, role, level)));
    }

    public void serve(Set<Initiative> served) {
        initiatives.clear();
        initiatives.addAll(served);
    }

    public Optional<ProficiencyLevel> level(String code) {
        return levels.stream().filter(l -> l.getCode().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    public Optional<ProficiencyLevel> targetFor(JobRole role) {
        return targets.stream().filter(t -> t.getJobRole() == role).map(FrameworkTarget::getLevel).findFirst();
    }

    public List<Competence> competences() {
        return areas.stream().flatMap(a -> a.getCompetences().stream()).toList();
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public String getFrameworkVersion() {
        return frameworkVersion;
    }

    public String getNameDa() {
        return nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public boolean isActive() {
        return active;
    }

    public List<ProficiencyLevel> getLevels() {
        return Collections.unmodifiableList(levels);
    }

    public List<CompetenceArea> getAreas() {
        return Collections.unmodifiableList(areas);
    }

    public Set<Initiative> getInitiatives() {
        return Collections.unmodifiableSet(initiatives);
    }
}
