package dk.kompetencenet.practice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;

/**
 * The experiments log. Staff of an institution (employees, supervisors, leaders) log and change its experiments, as do
 * coordinators; they read its whole log. An experiment shared with the network is readable by everyone logged in, so
 * that other institutions can learn from it; one that is not stays with its institution and the coordinators. Lists
 * page in the database: a count, a page, and one batch query for the initiatives of the whole page.
 */
@ApplicationScoped
@Transactional
public class ExperimentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private PracticeInitiatives initiatives;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Which experiments to list: of one institution, of one sector, for one age group, serving one initiative, only
     * those shared with the network (all optional). Whatever the filter, a caller sees only what they may read.
     */
    public record Filter(Long institutionId, Sector sector, AgeGroup ageGroup, Long initiativeId, boolean sharedOnly) {

        public static Filter at(Long institutionId) {
            return new Filter(institutionId, null, null, null, false);
        }
    }

    /** One experiment, if the caller may read it: it is at one of their institutions, or it is shared. */
    public Experiment get(Long id) {
        Experiment experiment = find(id);
        if (!experiment.isShared() && !caller.canAccessInstitution(experiment.getInstitution().getId())) {
            throw new AccessDeniedException();
        }
        experiment.getInitiatives().size();
        return experiment;
    }

    /** Whether the caller may log experiments for the institution (and change those logged there). */
    public boolean canLog(Long institutionId) {
        return caller.canAccessInstitution(institutionId);
    }

    /** Logs an experiment; without initiatives chosen it serves the strategy's initiative on room to experiment. */
    public Experiment log(Long institutionId, Experiment.Details details, Set<Long> initiativeIds) {
        Institution institution = institutions.get(institutionId);
        Experiment experiment = new Experiment(institution, details,
                initiatives.chosenOrDefault(initiativeIds, PracticeInitiatives.Kind.EXPERIMENTS), caller.name(),
                clock.instant());
        em.persist(experiment);
        em.flush();
        audit.record("CREATE", experiment, institution.getName() + ": " + experiment.getWhat());
        return experiment;
    }

    /** Changes a logged experiment; an edit made on an older copy is refused. */
    public Experiment change(Long id, long version, Experiment.Details details, Set<Long> initiativeIds) {
        Experiment experiment = find(id);
        caller.requireInstitution(experiment.getInstitution().getId());
        experiment.requireVersion(version);
        experiment.change(details, initiatives.chosenOrDefault(initiativeIds, PracticeInitiatives.Kind.EXPERIMENTS),
                caller.name(), clock.instant());
        em.flush();
        audit.record("UPDATE", experiment, experiment.getWhat() + (experiment.isShared() ? " (shared)" : ""));
        return experiment;
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return where.query(em, "select count(x)" + where.from("Experiment") + where.where(), Long.class)
                .getSingleResult();
    }

    /** A page of experiments, newest first, with their institution and initiatives. */
    public List<Experiment> page(Filter filter, int first, int max) {
        Where where = where(filter);
        List<Experiment> page = where.query(em, "select x" + where.from("Experiment") + " join fetch x.institution"
                        + where.where() + " order by x.startedOn desc, x.id desc", Experiment.class)
                .setHint("eclipselink.batch", "x.initiatives").setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first).setMaxResults(max).getResultList();
        page.forEach(r -> r.getInitiatives().size());
        return page;
    }

    /**
     * An institution's whole log needs the institution in the caller's scope; its shared experiments, and everybody's,
     * anyone may list. Outside their scope a caller sees shared experiments only.
     */
    private Where where(Filter filter) {
        if (filter.institutionId() != null && !filter.sharedOnly()) {
            institutions.get(filter.institutionId());
        }
        Where where = new Where("x").institution(filter.institutionId()).sector(filter.sector())
                .initiative(filter.initiativeId());
        if (filter.ageGroup() != null) {
            where.and("x.ageGroup = :ageGroup", "ageGroup", filter.ageGroup());
        }
        if (filter.sharedOnly()) {
            where.and("x.shared = :shared", "shared", Boolean.TRUE);
        } else if (!caller.seesAllInstitutions()) {
            where.and("(x.institution.id in :scope or x.shared = :shared)", "scope", Where.institutionsOf(caller),
                    "shared", Boolean.TRUE);
        }
        return where;
    }

    private Experiment find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Experiment.class, id))
                .orElseThrow(NotFoundException::new);
    }
}
