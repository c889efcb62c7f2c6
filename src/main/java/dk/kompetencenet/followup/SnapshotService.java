package dk.kompetencenet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Snapshots of the strategy in force: coordinators take them on demand; the baseline, the one-year follow-up and the
 * two-year evaluation are each taken once, by a coordinator or by the system when their day comes. Leaders may read
 * them: they hold only municipality-wide aggregates.
 */
@ApplicationScoped
@Transactional
public class SnapshotService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private StrategyService strategies;

    @Inject
    private Indicators indicators;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The snapshots of the strategy in force, oldest first. */
    public List<IndicatorSnapshot> snapshots() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return strategies.current().map(this::snapshotsOf).orElse(List.of());
    }

    private List<IndicatorSnapshot> snapshotsOf(Strategy strategy) {
        return em.createQuery("select s from IndicatorSnapshot s where s.strategy = :s order by s.takenAt, s.id",
                IndicatorSnapshot.class).setParameter("s", strategy).getResultList();
    }

    /** Takes a snapshot now. The baseline, follow-up and evaluation can each be taken once per strategy. */
    public IndicatorSnapshot take(SnapshotKind kind, String label) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        if (kind == null) {
            throw new InvalidInputException(Problem.inField("kind", "snapshot.error.kindRequired"));
        }
        if (label != null && label.strip().length() > 200) {
            throw new InvalidInputException(Problem.inField("label", "meeting.error.tooLong", 200));
        }
        Strategy strategy = strategies.current().orElseThrow(NotFoundException::new);
        if (kind != SnapshotKind.ON_DEMAND && has(strategy, kind)) {
            throw new InvalidInputException(Problem.inField("kind", "snapshot.error.onlyOnce",
                    Texts.get(Texts.DANISH, kind.labelKey())));
        }
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        String name = label == null || label.isBlank()
                ? Texts.get(Texts.DANISH, kind.labelKey()) + " " + today.format(java.time.format.DateTimeFormatter
                        .ofPattern("dd-MM-yyyy")) : label.strip();
        IndicatorSnapshot snapshot = new IndicatorSnapshot(strategy, kind, name, today, clock.instant(), caller.name(),
                indicators.measure());
        em.persist(snapshot);
        em.flush();
        audit.record("SNAPSHOT", snapshot, name);
        return snapshot;
    }

    /**
     * Takes the snapshots that are due and missing: the baseline always, the follow-up from its date, the evaluation
     * from its date. Run by the system at start-up and every night.
     */
    public void takeDue() {
        SystemAccess.run(() -> strategies.current().ifPresent(strategy -> {
            LocalDate today = LocalDate.now(Zones.COPENHAGEN);
            if (!has(strategy, SnapshotKind.BASELINE)) {
                take(SnapshotKind.BASELINE, null);
            }
            if (!today.isBefore(strategy.getFollowUpDate()) && !has(strategy, SnapshotKind.FOLLOW_UP)) {
                take(SnapshotKind.FOLLOW_UP, null);
            }
            if (!today.isBefore(strategy.getEvaluationDate()) && !has(strategy, SnapshotKind.EVALUATION)) {
                take(SnapshotKind.EVALUATION, null);
            }
        }));
    }

    private boolean has(Strategy strategy, SnapshotKind kind) {
        return !em.createQuery("select s.id from IndicatorSnapshot s where s.strategy = :s and s.kind = :k",
                Long.class).setParameter("s", strategy).setParameter("k", kind).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /**
     * The report comparing two snapshots of the strategy in force; without ids, the baseline (the first) against the
     * latest.
     */
    public FollowUpReport report(Long fromId, Long toId) {
        List<IndicatorSnapshot> all = snapshots();
        if (all.isEmpty()) {
            throw new InvalidInputException(Problem.inField("from", "snapshot.error.none"));
        }
        IndicatorSnapshot from = fromId == null ? all.get(0) : find(all, fromId, "from");
        IndicatorSnapshot to = toId == null ? all.get(all.size() - 1) : find(all, toId, "to");
        if (from.getTakenAt().isAfter(to.getTakenAt())) {
            throw new InvalidInputException(Problem.inField("to", "snapshot.error.order"));
        }
        Strategy strategy = from.getStrategy();
        return FollowUpReport.of(strategy.getTitle(), from, to, strategy.getFocusAreas());
    }

    private static IndicatorSnapshot find(List<IndicatorSnapshot> all, Long id, String field) {
        Optional<IndicatorSnapshot> found = all.stream().filter(s -> s.getId().equals(id)).findFirst();
        return found.orElseThrow(() -> new InvalidInputException(Problem.inField(field, "snapshot.error.unknown", id)));
    }
}
