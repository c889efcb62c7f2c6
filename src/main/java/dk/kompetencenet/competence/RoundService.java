package dk.kompetencenet.competence;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Self-assessment rounds: coordinators open and close them; the staff of the round's institutions answer (saving as
 * they go); progress per institution is counted in the database.
 */
@ApplicationScoped
@Transactional
public class RoundService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private RoundTallies tallies;

    @Inject
    private CompetenceService competences;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** An institution's progress in a round: staff, those who have started, those who have answered everything. */
    public record Progress(Long institutionId, String institution, long staff, long started, long completed) implements Serializable {

        public long completedPercent() {
            return staff == 0 ? 0 : Math.round(100.0 * completed / staff);
        }
    }

    public AssessmentRound open(String name, Long frameworkId, Set<Long> institutionIds, LocalDate opensOn,
                                LocalDate closesOn) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Set<Institution> chosen = new HashSet<>();
        for (Long id : institutionIds == null ? Set.<Long>of() : institutionIds) {
            chosen.add(institutions.get(id));
        }
        Framework framework = competences.framework(frameworkId);
        if (!framework.isActive()) {
            throw new InvalidInputException(Problem.inField("frameworkId", "competence.error.inactive"));
        }
        AssessmentRound round = new AssessmentRound(name, framework, opensOn, closesOn, chosen);
        em.persist(round);
        em.flush();
        audit.record("OPEN", round, name + ", " + chosen.size() + " institutions");
        return round;
    }

    public AssessmentRound get(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AssessmentRound.class, id))
                .orElseThrow(NotFoundException::new);
    }

    /** The rounds the caller can answer now (open, within their period, at an institution they work at). */
    public List<AssessmentRound> openForMe() {
        LocalDate today = today();
        Set<Long> mine = caller.institutionIds();
        return em.createQuery("select distinct r from AssessmentRound r join r.institutions i where "
                        + AssessmentRound.openOnJpql("r") + " and i.id in :mine order by r.closesOn",
                        AssessmentRound.class)
                .setParameter("mine", mine.isEmpty() ? List.of(-1L) : List.copyOf(mine)).setParameter("today", today)
                .getResultList();
    }

    public List<AssessmentRound> all() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return em.createQuery("select r from AssessmentRound r order by r.opensOn desc", AssessmentRound.class)
                .getResultList();
    }

    /**
     * The caller answers (or changes their answer to) one competence of an open round. The round is locked first and
     * read afresh ({@link #locked}), so an answer saved while the round closes is either committed before the closing
     * tallies it, or waits for the closing and is refused with {@code round.error.closed}.
     */
    public void answer(Long roundId, Long competenceId, String levelCode) {
        AssessmentRound round = locked(roundId);
        Employee me = participant(round);
        round.requireOpen(today());
        Competence competence = competence(round, competenceId);
        ProficiencyLevel level = level(round, levelCode);
        em.createQuery("select a from RoundAnswer a where a.round = :r and a.employee = :e and a.competence = :c",
                        RoundAnswer.class)
                .setParameter("r", round).setParameter("e", me).setParameter("c", competence).getResultStream()
                .findFirst().ifPresentOrElse(a -> a.change(level, clock.instant()),
                        () -> em.persist(new RoundAnswer(round, me, competence, level, clock.instant())));
        em.flush();
    }

    /**
     * The system's side (demo data, answers brought over from elsewhere): a person's first answers in a round, given at
     * a time within its period, by competence id. The person must work at one of the round's institutions and not have
     * answered these competences yet; checked as {@link #answer} checks them.
     */
    public void answerFor(Long roundId, Long employeeId, Map<Long, String> levelByCompetence, Instant at) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        AssessmentRound round = locked(roundId);
        Employee person = employees.get(employeeId);
        if (person.getInstitutions().stream().noneMatch(i -> round.includes(i.getId()))) {
            throw new AccessDeniedException();
        }
        round.requireOpen(LocalDate.ofInstant(at, Zones.COPENHAGEN));
        Set<Long> answered = Set.copyOf(em.createQuery("select a.competence.id from RoundAnswer a where a.round = :r"
                + " and a.employee = :e", Long.class).setParameter("r", round).setParameter("e", person).getResultList());
        levelByCompetence.forEach((competenceId, code) -> {
            if (answered.contains(competenceId)) {
                throw new InvalidInputException(Problem.inField("competenceId", "round.error.answered", competenceId));
            }
            em.persist(new RoundAnswer(round, person, competence(round, competenceId), level(round, code), at));
        });
    }

    private static Competence competence(AssessmentRound round, Long competenceId) {
        return round.getFramework().competences().stream()
                .filter(c -> c.getId().equals(competenceId)).findFirst().orElseThrow(() -> new InvalidInputException(
                        Problem.inField("competenceId", "competence.error.unknownCompetence", competenceId)));
    }

    private static ProficiencyLevel level(AssessmentRound round, String levelCode) {
        return round.getFramework().level(levelCode).orElseThrow(() -> new InvalidInputException(
                Problem.inField("level", "competence.error.unknownLevel", levelCode)));
    }

    /** The caller's answers so far, by competence id (to resume where they left off). */
    public Map<Long, String> myAnswers(Long roundId) {
        AssessmentRound round = get(roundId);
        Employee me = participant(round);
        return em.createQuery("select a from RoundAnswer a where a.round = :r and a.employee = :e", RoundAnswer.class)
                .setParameter("r", round).setParameter("e", me).getResultStream()
                .collect(Collectors.toMap(a -> a.getCompetence().getId(), a -> a.getLevel().getCode()));
    }

    /** Completion per institution of the round within the caller's scope: three aggregate queries. */
    public List<Progress> progress(Long roundId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        AssessmentRound round = get(roundId);
        List<Institution> in = round.getInstitutions().stream()
                .filter(i -> caller.canAccessInstitution(i.getId())).sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
        if (in.isEmpty()) {
            throw new AccessDeniedException();
        }
        List<Long> ids = in.stream().map(Institution::getId).toList();
        long competenceCount = round.getFramework().competences().size();
        Map<Long, Long> staff = counts("select i.id, count(e) from Employee e join e.institutions i where i.id in :ids"
                + " and e.active = true group by i.id", ids, null, 0);
        Map<Long, Long> started = counts("select i.id, count(e) from Employee e join e.institutions i where i.id in :ids"
                + " and e.active = true and (select count(a) from RoundAnswer a where a.round = :r and a.employee = e)"
                + " > :n group by i.id", ids, round, 0);
        Map<Long, Long> completed = counts("select i.id, count(e) from Employee e join e.institutions i where i.id in"
                + " :ids and e.active = true and (select count(a) from RoundAnswer a where a.round = :r and a.employee"
                + " = e) >= :n group by i.id", ids, round, competenceCount);
        return in.stream().map(i -> new Progress(i.getId(), i.getName(), staff.getOrDefault(i.getId(), 0L),
                started.getOrDefault(i.getId(), 0L), completed.getOrDefault(i.getId(), 0L))).toList();
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids, AssessmentRound round, long n) {
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (round != null) {
            query.setParameter("r", round).setParameter("n", n);
        }
        return query.getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /**
     * Closes the round: its answers are frozen and kept for comparison with later rounds, and tallied as they stand
     * (see {@link RoundTallies}).
     */
    public void close(Long roundId, long version) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        AssessmentRound round = locked(roundId);
        round.requireVersion(version);
        close(round, clock.instant());
    }

    /** The system's side (demo data): closes a round at the end of its period, as it would have been closed then. */
    public void closeFor(Long roundId, Instant at) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        close(locked(roundId), at);
    }

    private void close(AssessmentRound round, Instant at) {
        round.close(at);
        em.flush();
        tallies.freeze(round);
        audit.record("CLOSE", round, round.getName());
    }

    /**
     * The round, read from the database with a write lock held to commit, so that answering and closing one round run
     * one after another. Answers need only exclude the closing, not each other, but EclipseLink writes JPA's
     * {@code PESSIMISTIC_READ} as the same {@code FOR UPDATE} (no shared lock on Derby or PostgreSQL), and a shared
     * lock of our own would take SQL per database; an answer holds the lock for a few milliseconds. Without the lock an
     * answer could read the round open (on PostgreSQL from its snapshot, on either database from EclipseLink's shared
     * cache), insert, and commit after the closing's tally statements had run: acknowledged, kept, and missing from the
     * tally. The lock is taken before the caller is checked, so that the round is read only once.
     */
    private AssessmentRound locked(Long id) {
        AssessmentRound round = id == null ? null : em.find(AssessmentRound.class, id, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(round).orElseThrow(NotFoundException::new);
    }

    private Employee participant(AssessmentRound round) {
        Employee me = caller.employeeId().map(employees::get).orElseThrow(AccessDeniedException::new);
        if (me.getInstitutions().stream().noneMatch(i -> round.includes(i.getId()))) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }
}
