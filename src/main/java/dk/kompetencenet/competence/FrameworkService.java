package dk.kompetencenet.competence;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Coordinators and administrators make and edit frameworks: names and version label, the scale, areas and
 * competences, targets per job role, the initiatives served, new versions, activation. Every edit names the framework
 * version it was made on (a stale one is refused) and moves the version on, so that two editors never overwrite each
 * other. A part that assessments, self-assessment answers, targets or development goals use is never removed.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CompetenceService competences;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    /** The parts of a framework that are edited one by one. */
    public enum Part {
        LEVEL, AREA, COMPETENCE
    }

    /**
     * A level, area or competence as a form or request gives it. {@code textDa}/{@code textEn} are a level's
     * self-assessment answer or a competence's description (areas have none).
     */
    public record PartInput(String code, String nameDa, String nameEn, String textDa, String textEn) {
    }

    public boolean canEdit() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    /** A framework with everything an editor shows loaded, for coordinators and administrators only. */
    public Framework editable(Long id) {
        requireEditor();
        Framework framework = competences.framework(id);
        framework.targetCodes();
        framework.getInitiatives().size();
        return framework;
    }

    /** A new framework by hand, inactive until it has levels and competences. */
    public Framework create(String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                            String versionLabel) {
        requireEditor();
        Framework framework = Framework.draft(nameDa, nameEn, descriptionDa, descriptionEn, versionLabel);
        em.persist(framework);
        em.flush();
        audit.record("CREATE", framework, framework.getNameDa() + " " + framework.getFrameworkVersion());
        return framework;
    }

    public Framework describe(Long id, long version, String nameDa, String nameEn, String descriptionDa,
                              String descriptionEn, String versionLabel) {
        Framework framework = forEdit(id, version);
        framework.describe(nameDa, nameEn, descriptionDa, descriptionEn, versionLabel);
        return saved(framework, "UPDATE", framework.getNameDa() + " " + framework.getFrameworkVersion());
    }

    /** Adds a level, an area, or a competence to the given area, at the end. */
    public Framework add(Long id, long version, Part part, Long areaId, PartInput input) {
        Framework framework = forEdit(id, version);
        switch (part) {
            case LEVEL -> framework.addLevel(input.code(), input.nameDa(), input.nameEn(), input.textDa(),
                    input.textEn());
            case AREA -> framework.addArea(input.code(), input.nameDa(), input.nameEn());
            case COMPETENCE -> area(framework, areaId).addCompetence(input.code(), input.nameDa(), input.nameEn(),
                    input.textDa(), input.textEn());
        }
        return saved(framework, "ADD_" + part, input.code());
    }

    public Framework change(Long id, long version, Part part, Long partId, PartInput input) {
        Framework framework = forEdit(id, version);
        switch (part) {
            case LEVEL -> framework.changeLevel(level(framework, partId), input.code(), input.nameDa(),
                    input.nameEn(), input.textDa(), input.textEn());
            case AREA -> framework.changeArea(area(framework, partId), input.code(), input.nameDa(), input.nameEn());
            case COMPETENCE -> framework.changeCompetence(competence(framework, partId), input.code(),
                    input.nameDa(), input.nameEn(), input.textDa(), input.textEn());
        }
        return saved(framework, "CHANGE_" + part, input.code());
    }

    /** Removes a part that nothing uses; a used one is refused with the reason and nothing changes. */
    public Framework remove(Long id, long version, Part part, Long partId) {
        Framework framework = forEdit(id, version);
        String code;
        switch (part) {
            case LEVEL -> {
                ProficiencyLevel level = level(framework, partId);
                code = level.getCode();
                if (used("select count(a) from Assessment a where a.level = :p", level)
                        || used("select count(a) from RoundAnswer a where a.level = :p", level)) {
                    throw new InvalidInputException(Problem.inField("levels", "competence.error.levelInUse", code));
                }
                framework.removeLevel(level);
            }
            case AREA -> {
                CompetenceArea area = area(framework, partId);
                code = area.getCode();
                if (!area.getCompetences().isEmpty() && usedCompetences("c.area = :p", area)) {
                    throw new InvalidInputException(Problem.inField("areas", "competence.error.areaInUse", code));
                }
                framework.removeArea(area);
            }
            case COMPETENCE -> {
                Competence competence = competence(framework, partId);
                code = competence.getCode();
                if (usedCompetences("c = :p", competence)) {
                    throw new InvalidInputException(Problem.inField("competences",
                            "competence.error.competenceInUse", code));
                }
                framework.removeCompetence(competence);
            }
            default -> throw new IllegalArgumentException(String.valueOf(part));
        }
        return saved(framework, "REMOVE_" + part, code);
    }

    /** Moves a part up (negative) or down within its list: levels change rank, competences stay in their area. */
    public Framework move(Long id, long version, Part part, Long partId, int by) {
        Framework framework = forEdit(id, version);
        switch (part) {
            case LEVEL -> framework.moveLevel(level(framework, partId), by);
            case AREA -> framework.moveArea(area(framework, partId), by);
            case COMPETENCE -> framework.moveCompetence(competence(framework, partId), by);
        }
        return saved(framework, "MOVE_" + part, partId + " by " + by);
    }

    /** A new version of a framework (see {@link Framework#copyAs}); the original is not changed. */
    public Framework newVersion(Long id, String versionLabel) {
        requireEditor();
        Framework copy = editable(id).copyAs(versionLabel);
        em.persist(copy);
        em.flush();
        audit.record("NEW_VERSION", copy, "copy of framework " + id + " as " + copy.getFrameworkVersion());
        return copy;
    }

    public Framework activate(Long id, long version, boolean active) {
        Framework framework = forEdit(id, version);
        if (active) {
            framework.activate();
        } else {
            framework.deactivate();
        }
        return saved(framework, active ? "ACTIVATE" : "DEACTIVATE", framework.getNameDa());
    }

    /** The target level per job role (the profile gaps are measured against); one bad code changes nothing. */
    public Framework retarget(Long id, long version, Map<JobRole, String> levelCodes) {
        Framework framework = forEdit(id, version);
        framework.retarget(levelCodes);
        return saved(framework, "TARGETS", framework.targetCodes().toString());
    }

    /** The strategy initiatives the framework serves; an unknown initiative changes nothing. */
    public Framework serve(Long id, long version, Set<Long> initiativeIds) {
        Framework framework = forEdit(id, version);
        framework.serve(strategies.initiatives(initiativeIds));
        return saved(framework, "INITIATIVES", String.valueOf(initiativeIds));
    }

    private Framework forEdit(Long id, long version) {
        Framework framework = editable(id);
        framework.requireVersion(version);
        return framework;
    }

    /** Moves the framework's version on even when only its parts changed, so every edit is seen by the next one. */
    private Framework saved(Framework framework, String action, String details) {
        em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(action, framework, details);
        return framework;
    }

    private boolean used(String countQuery, Object part) {
        return em.createQuery(countQuery, Long.class).setParameter("p", part).getSingleResult() > 0;
    }

    /** Whether any assessment, self-assessment answer or development goal uses a competence matching the condition. */
    private boolean usedCompetences(String condition, Object part) {
        return used("select count(a) from Assessment a join a.competence c where " + condition, part)
                || used("select count(a) from RoundAnswer a join a.competence c where " + condition, part)
                || used("select count(g) from DevelopmentGoal g join g.competence c where " + condition, part);
    }

    private static ProficiencyLevel level(Framework framework, Long id) {
        return find(framework.getLevels(), id);
    }

    private static CompetenceArea area(Framework framework, Long id) {
        return find(framework.getAreas(), id);
    }

    private static Competence competence(Framework framework, Long id) {
        return find(framework.competences(), id);
    }

    private static <T extends BaseEntity> T find(List<T> parts, Long id) {
        return parts.stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    private void requireEditor() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
    }
}
