package dk.kompetencenet.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.competence.CurrentLevels;
import dk.kompetencenet.competence.RoundTallies;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.BackgroundWork;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.persistence.StartupLock;
import dk.kompetencenet.platform.persistence.Vendor;

/**
 * {@code kompetencenet.demo.size=large}: after the small demo, a large municipality for trying Kompetencenet at size
 * (400 institutions, 12,000 employees, three self-assessment rounds over all of them, 2,000 meetings, counting what the
 * small demo made). Written with plain JDBC batch inserts, which is far quicker than going through the services for a
 * million rows; as background work before the application is ready ({@link BackgroundWork}), so that a stop interrupts
 * it; committed in chunks ({@link Rows}), so that a stop or a crash costs one chunk and seconds of Derby's recovery.
 * Once, into an empty or demo database only: a marker ({@value #STARTED}) is committed first and the marker of a
 * finished municipality ({@value #MARKER}) last, with the derived tables, so that a restart neither makes it again nor
 * takes a half-made one for finished (it says so in the log, and what to do). Under the {@link StartupLock}, so that of
 * several nodes starting at once one generates it and the others find it generated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LargeMunicipality {

    /** What a start-up load did. */
    public enum Outcome {
        GENERATED, ALREADY_GENERATED, INTERRUPTED_BEFORE, NOT_A_DEMO_DATABASE
    }

    static final String MARKER = "DEMO_LARGE";
    static final String STARTED = "DEMO_LARGE_STARTED";
    private static final long SEED = 20_260_901L;
    private static final Logger LOG = Logger.getLogger(LargeMunicipality.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private BackgroundWork work;

    @Inject
    private StartupLock startupLock;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo.size", defaultValue = "small")
    private String size;

    void load(@Observes @Priority(DatabaseReady.SEED_DEMO + 10) DatabaseReady ready) {
        if (DemoSize.of(size) == DemoSize.LARGE) {
            work.beforeReady("generating the large municipality", () -> {
                try (StartupLock.Held held = startupLock.hold(vendor(), "generating the large municipality")) {
                    loadOnce(Scale.LARGE);
                }
            });
        }
    }

    /**
     * Brings the municipality up to the given size, unless it was generated before (completely or not) or the
     * database holds institutions other than the small demo's (real data is never mixed with generated).
     */
    public Outcome loadOnce(Scale total) {
        return inTransaction(c -> {
            if (count(c, MARKER) > 0) {
                LOG.info("Large municipality not generated: it was generated before");
                return Outcome.ALREADY_GENERATED;
            }
            if (count(c, STARTED) > 0) {
                LOG.severe("Large municipality not generated: an earlier start began generating it and was stopped or"
                        + " killed before it finished, so the database holds part of it (it is committed in chunks)."
                        + " Kompetencenet serves what is there. For the whole large municipality, start on a new data"
                        + " folder (Derby) or a new, empty database (PostgreSQL) with kompetencenet.demo.size=large.");
                return Outcome.INTERRUPTED_BEFORE;
            }
            Reference reference = Reference.read(c, DemoData.COORDINATOR_EMAIL);
            Set<String> demo = SeedFiles.csv("seed/demo/institutions.csv").stream().map(r -> r.get("Navn"))
                    .collect(Collectors.toSet());
            List<String> others = reference.institutionNames().stream().filter(n -> !demo.contains(n)).sorted().toList();
            if (!others.isEmpty()) {
                LOG.warning(() -> "Large municipality not generated: the database holds other institutions than the"
                        + " demo's, such as " + others.get(0));
                return Outcome.NOT_A_DEMO_DATABASE;
            }
            generate(c, reference, total.beyond(reference.institutionNames().size(), reference.emails().size(),
                    reference.meetings()));
            return Outcome.GENERATED;
        });
    }

    /** Generates this much more, on top of whatever is there (the tests use it at a small scale). */
    public MunicipalityGenerator.Summary generate(Scale scale) {
        return inTransaction(c -> generate(c, Reference.read(c, DemoData.COORDINATOR_EMAIL), scale));
    }

    private MunicipalityGenerator.Summary generate(Connection c, Reference reference, Scale scale)
            throws SQLException {
        LOG.info(() -> "Generating a large municipality: " + scale.institutions() + " institutions, "
                + scale.employees() + " employees and " + scale.meetings() + " meetings more, committed every "
                + Rows.COMMIT_ROWS + " rows");
        Rows rows = new Rows(c, work::checkpoint);
        MunicipalityGenerator generator = new MunicipalityGenerator(reference, scale, rows, SEED);
        MunicipalityGenerator.Summary summary;
        try {
            summary = generator.generate();
            long start = System.nanoTime();
            rows.updateStatistics();
            CurrentLevels.rebuild(c);
            RoundTallies.freezeClosed(c);
            rows.updateStatistics(List.of("current_rating", "round_tally", "round_turnout"));
            generator.audit(MARKER, "Municipality", null, scale.institutions() + " institutions, "
                    + scale.employees() + " employees, " + scale.meetings() + " meetings generated");
            rows.finish();
            LOG.info(() -> String.format("Large municipality: derived tables and statistics (%.1f s)",
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            if (!work.isStopping()) {
                throw e;
            }
            LOG.warning("Generating the large municipality stopped half-way, as the application stops. The database"
                    + " holds what was committed; the next start says so and does not generate it again.");
            throw e;
        }
        LOG.info(() -> String.format("Generated a large municipality in %.1f s: %d rows, ids %d to %d; %s",
                summary.took().toMillis() / 1000.0, summary.rows().values().stream().mapToLong(Long::longValue).sum(),
                summary.firstId(), summary.lastId(), summary.rows()));
        return summary;
    }

    private Vendor vendor() {
        try (Connection c = dataSource.getConnection()) {
            return Vendor.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The large municipality could not be generated: " + e.getMessage(), e);
        }
    }

    private static long count(Connection c, String marker) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action_code = ?")) {
            query.setString(1, marker);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Work on one connection of its own, auto-commit off: committed at the end (and in between), or rolled back. */
    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.in(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The large municipality could not be generated: " + e.getMessage(), e);
        }
    }

    /** Rolls back the chunk under way; an interrupted Derby connection may refuse, and is closed anyway. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
