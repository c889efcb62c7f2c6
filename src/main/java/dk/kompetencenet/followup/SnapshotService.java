package dk.kompetencenet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.overview.effect.InitiativeEffect;
import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.overview.observations.Observations;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Snapshots of the strategy in force: coordinators take them on demand; the baseline, the one-year follow-up and the
 * two-year evaluation are each taken once, by a coordinator or by the system when their day comes
 * ({@link DueSnapshots}), claimed for (kind, strategy) with {@link JobClaims} so that two nodes, or a node and a
 * coordinator, never both take one. Leaders may read them: they hold only municipality-wide aggregates.
 */
@ApplicationScoped
@Transactional
public class SnapshotService {

    private static final Logger LOG = Logger.getLogger(SnapshotService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InitiativeEffect initiativeEffect;

    @Inject
    private Observations observations;

    @Inject
    private OverviewService overview;

    @Inject
    private Caller caller;

    @Inject
    private StrategyService strategies;

    @Inject
    private Indicators indicators;

    @Inject
    private AuditLog audit;

    @Inject
    private JobClaims claims;

    @Inject
    @ConfigProperty(name = "kompetencenet.test.snapshot-delay-seconds", defaultValue = "0")
    private int testDelaySeconds;

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
            throw new InvalidInputException(Problem.inField("label", "text.error.tooLong", 200));
        }
        Strategy strategy = strategies.current().orElseThrow(NotFoundException::new);
        if (kind != SnapshotKind.ON_DEMAND) {
            try {
                if (has(strategy, kind)) {
                    throw new JobClaims.Taken(job(kind), period(strategy));
                }
                claims.claim(job(kind), period(strategy));
            } catch (JobClaims.Taken e) {
                throw new InvalidInputException(Problem.inField("kind", "snapshot.error.onlyOnce",
                        Texts.get(Texts.DANISH, kind.labelKey())));
            }
        }
        return record(strategy, kind, label);
    }

    /**
     * The system's side: takes the snapshot of this kind of the strategy in force if its day has come (the baseline
     * at once, the follow-up and the evaluation from their dates) and it is not there yet. Claimed for (kind, strategy)
     * in this transaction, so that of several nodes doing this at once one takes it and the others get
     * {@link JobClaims.Taken}. Empty when it is not due or there already.
     */
    public Optional<IndicatorSnapshot> takeIfDue(SnapshotKind kind) {
        Optional<Strategy> current = strategies.current();
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        if (current.isEmpty() || !kind.isDue(current.get(), today) || has(current.get(), kind)) {
            return Optional.empty();
        }
        Strategy strategy = current.get();
        claims.claim(job(kind), period(strategy));
        LOG.info(() -> "Taking the due snapshot " + kind + " of the strategy in force (claimed " + job(kind) + " for "
                + period(strategy) + ")");
        pauseForTests();
        return Optional.of(record(strategy, kind, null));
    }

    private static String job(SnapshotKind kind) {
        return "snapshot." + kind.name();
    }

    private static String period(Strategy strategy) {
        return "strategy-" + strategy.getId();
    }

    /**
     * {@code kompetencenet.test.snapshot-delay-seconds}, for tests only (default 0): holds a due snapshot this long
     * after claiming it, so that a test can see the application ready while it is being taken and stop the server then.
     */
    private void pauseForTests() {
        if (testDelaySeconds <= 0) {
            return;
        }
        try {
            Thread.sleep(testDelaySeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while holding the snapshot for a test", e);
        }
    }

    /**
     * The system's side (demo data, figures brought over from before): an on-demand snapshot of the indicators as they
     * stand, dated an earlier day and named by whom it was taken. The baseline, follow-up and evaluation stay the
     * schedule's.
     */
    public IndicatorSnapshot recordFor(String label, LocalDate takenOn, String by) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        if (takenOn == null || takenOn.isAfter(LocalDate.now(Zones.COPENHAGEN))) {
            throw new InvalidInputException(Problem.inField("takenOn", "snapshot.error.future"));
        }
        return record(strategies.current().orElseThrow(NotFoundException::new), SnapshotKind.ON_DEMAND, label, takenOn,
                by);
    }

    private IndicatorSnapshot record(Strategy strategy, SnapshotKind kind, String label) {
        return record(strategy, kind, label, LocalDate.now(Zones.COPENHAGEN), caller.name());
    }

    private IndicatorSnapshot record(Strategy strategy, SnapshotKind kind, String label, LocalDate today, String by) {
        String name = label == null || label.isBlank()
                ? Texts.get(Texts.DANISH, kind.labelKey()) + " " + today.format(java.time.format.DateTimeFormatter
                        .ofPattern("dd-MM-yyyy")) : label.strip();
        IndicatorSnapshot snapshot = new IndicatorSnapshot(strategy, kind, name, today, clock.instant(), by,
                indicators.measure());
        em.persist(snapshot);
        em.flush();
        audit.record("SNAPSHOT", snapshot, name);
        return snapshot;
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
    /** The report's section on the effect of the strategy in force's initiatives; null without two rounds. */
    public InitiativeEffect.Comparison effect() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return strategies.current().flatMap(s -> initiativeEffect.ofStrategy(s.getId())).orElse(null);
    }

    /**
     * The report's section "Observationer": what the municipality's data shows, for coordinators (a leader's report
     * has none; the municipality's observations are not theirs to see).
     */
    public List<Observation> observations() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR)
                ? observations.of(null, overview.municipality(null)) : List.of();
    }

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
