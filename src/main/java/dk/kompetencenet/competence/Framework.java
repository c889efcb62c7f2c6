package dk.kompetencenet.competence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * A competence framework in one version: its proficiency scale, areas with competences, targets per job role and the
 * initiatives it serves. Codes are unique within the framework; an active framework always has levels and competences.
 * A later version is a copy ({@link #copyAs}), so editing it never changes what was assessed against this one.
 */
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
        this.seedKey = seedKey;
        describe(nameDa, nameEn, descriptionDa, descriptionEn, frameworkVersion);
    }

    /** A framework made by hand: inactive (out of every chooser) until it has levels and competences. */
    public static Framework draft(String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                                  String versionLabel) {
        Framework draft = new Framework(null, versionLabel, nameDa, nameEn, descriptionDa, descriptionEn);
        draft.active = false;
        return draft;
    }

    /** Names, descriptions and version label; the Danish name and the label are required. */
    public void describe(String newNameDa, String newNameEn, String newDescriptionDa, String newDescriptionEn,
                         String versionLabel) {
        String da = Text.required("name", newNameDa, FrameworkText.NAME, "competence.error.nameRequired");
        String label = Text.required("versionLabel", versionLabel, FrameworkText.VERSION_LABEL,
                "competence.error.versionRequired");
        String en = Text.optional("nameEn", newNameEn, FrameworkText.NAME);
        String descriptionDaChecked = Text.optional("descriptionDa", newDescriptionDa,
                FrameworkText.FRAMEWORK_DESCRIPTION);
        String descriptionEnChecked = Text.optional("descriptionEn", newDescriptionEn,
                FrameworkText.FRAMEWORK_DESCRIPTION);
        this.nameDa = da;
        this.nameEn = en == null ? da : en;
        this.frameworkVersion = label;
        this.descriptionDa = descriptionDaChecked;
        this.descriptionEn = descriptionEnChecked;
    }

    /**
     * A new version of this framework to edit without disturbing what was assessed against this one: the same scale,
     * areas, competences, targets and initiatives as new rows, under another version label, inactive until activated.
     */
    public Framework copyAs(String versionLabel) {
        if (versionLabel != null && versionLabel.strip().equalsIgnoreCase(frameworkVersion)) {
            throw new InvalidInputException(Problem.inField("versionLabel", "competence.error.sameVersion",
                    frameworkVersion));
        }
        Framework copy = draft(nameDa, nameEn, descriptionDa, descriptionEn, versionLabel);
        levels.forEach(l -> copy.addLevel(l.getCode(), l.danish(), l.english(), l.getStemDa(), l.getStemEn()));
        for (CompetenceArea area : areas) {
            CompetenceArea added = copy.addArea(area.getCode(), area.danish(), area.english());
            area.getCompetences().forEach(c -> added.addCompetence(c.getCode(), c.danish(), c.english(),
                    c.getDescriptionDa(), c.getDescriptionEn()));
        }
        targets.forEach(t -> copy.target(t.getJobRole(), t.getLevel().getCode()));
        copy.initiatives.addAll(initiatives);
        return copy;
    }

    /** Puts the framework in the choosers; it must have a scale and competences. */
    public void activate() {
        if (levels.isEmpty() || competences().isEmpty()) {
            throw new InvalidInputException(Problem.inField("active", "competence.error.empty"));
        }
        active = true;
    }

    /** Takes the framework out of the choosers; what was assessed against it stays readable. */
    public void deactivate() {
        active = false;
    }

    // ---- the scale ----

    public ProficiencyLevel addLevel(String code, String nameDa, String nameEn, String stemDa, String stemEn) {
        requireFreeCode(levels, ProficiencyLevel::getCode, code, null, "levels");
        ProficiencyLevel level = new ProficiencyLevel(this, code, levels.size() + 1, nameDa, nameEn, stemDa, stemEn);
        levels.add(level);
        return level;
    }

    public void changeLevel(ProficiencyLevel level, String code, String nameDa, String nameEn, String stemDa,
                            String stemEn) {
        requireFreeCode(levels, ProficiencyLevel::getCode, code, level, "levels");
        level.change(code, nameDa, nameEn, stemDa, stemEn);
    }

    /** Removes a level no job role has as its target; an active framework keeps at least one level. */
    public void removeLevel(ProficiencyLevel level) {
        targets.stream().filter(t -> t.getLevel().equals(level)).findFirst().ifPresent(t -> {
            throw new InvalidInputException(Problem.inField("levels", "competence.error.levelTargeted",
                    level.getCode()));
        });
        if (active && levels.size() == 1) {
            throw new InvalidInputException(Problem.inField("levels", "competence.error.activeNeedsContent"));
        }
        levels.remove(level);
        Ordered.renumber(levels);
    }

    public void moveLevel(ProficiencyLevel level, int by) {
        Ordered.move(levels, level, by);
    }

    // ---- areas and competences ----

    public CompetenceArea addArea(String code, String nameDa, String nameEn) {
        requireFreeCode(areas, CompetenceArea::getCode, code, null, "areas");
        CompetenceArea area = new CompetenceArea(this, code, areas.size() + 1, nameDa, nameEn);
        areas.add(area);
        return area;
    }

    public void changeArea(CompetenceArea area, String code, String nameDa, String nameEn) {
        requireFreeCode(areas, CompetenceArea::getCode, code, area, "areas");
        area.change(code, nameDa, nameEn);
    }

    /** Removes an area with its competences; an active framework keeps at least one competence. */
    public void removeArea(CompetenceArea area) {
        if (active && !area.getCompetences().isEmpty() && area.getCompetences().size() == competences().size()) {
            throw new InvalidInputException(Problem.inField("areas", "competence.error.activeNeedsContent"));
        }
        areas.remove(area);
        Ordered.renumber(areas);
    }

    public void moveArea(CompetenceArea area, int by) {
        Ordered.move(areas, area, by);
    }

    public void changeCompetence(Competence competence, String code, String nameDa, String nameEn,
                                 String descriptionDa, String descriptionEn) {
        requireFreeCompetenceCode(code, competence);
        competence.change(code, nameDa, nameEn, descriptionDa, descriptionEn);
    }

    /** Removes a competence; an active framework keeps at least one. */
    public void removeCompetence(Competence competence) {
        if (active && competences().size() == 1) {
            throw new InvalidInputException(Problem.inField("competences", "competence.error.activeNeedsContent"));
        }
        competence.getArea().remove(competence);
    }

    /** Moves a competence up or down within its area. */
    public void moveCompetence(Competence competence, int by) {
        competence.getArea().move(competence, by);
    }

    /** Refuses a competence code another competence of the framework (in any area) already has. */
    void requireFreeCompetenceCode(String code, Competence changing) {
        requireFreeCode(competences(), Competence::getCode, code, changing, "competences");
    }

    private static <T> void requireFreeCode(List<T> parts, Function<T, String> codeOf, String code, T changing,
                                            String field) {
        String wanted = code == null ? "" : code.strip();
        if (parts.stream().anyMatch(p -> p != changing && codeOf.apply(p).equalsIgnoreCase(wanted))) {
            throw new InvalidInputException(Problem.inField(field, "competence.error.duplicateCode", wanted));
        }
    }

    // ---- targets and initiatives ----

    /** Sets the expected level for a job role. */
    public void target(JobRole role, String levelCode) {
        ProficiencyLevel level = level(levelCode).orElseThrow(() -> new InvalidInputException(
                Problem.inField("targets", "competence.error.unknownLevel", levelCode)));
        targets.stream().filter(t -> t.getJobRole() == role).findFirst()
                .ifPresentOrElse(t -> t.change(level), () -> targets.add(new FrameworkTarget(this, role, level)));
    }

    /**
     * The whole profile at once: the target level code per job role; a role not named (or named with no code) gets no
     * target. Every code is checked first; one unknown code changes nothing.
     */
    public void retarget(Map<JobRole, String> levelCodes) {
        List<Problem> problems = new ArrayList<>();
        levelCodes.forEach((role, code) -> {
            if (code != null && !code.isBlank() && level(code).isEmpty()) {
                problems.add(Problem.inField("targets." + role.name(), "competence.error.unknownLevel", code));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        targets.removeIf(t -> {
            String code = levelCodes.get(t.getJobRole());
            return code == null || code.isBlank();
        });
        levelCodes.forEach((role, code) -> {
            if (code != null && !code.isBlank()) {
                target(role, code);
            }
        });
    }

    public void serve(Set<Initiative> served) {
        initiatives.clear();
        initiatives.addAll(served);
    }

    public Optional<ProficiencyLevel> level(String code) {
        return levels.stream().filter(l -> l.getCode().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** The target level code per job role that has one. */
    public Map<JobRole, String> targetCodes() {
        Map<JobRole, String> codes = new EnumMap<>(JobRole.class);
        targets.forEach(t -> codes.put(t.getJobRole(), t.getLevel().getCode()));
        return codes;
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
