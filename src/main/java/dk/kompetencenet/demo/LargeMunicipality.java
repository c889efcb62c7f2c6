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
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.persistence.DatabaseReady;

/**
 * {@code kompetencenet.demo.size=large}: after the small demo, a large municipality for trying Kompetencenet at size
 * (400 institutions, 12,000 employees, three self-assessment rounds over all of them, 2,000 meetings, counting what the
 * small demo made). Written with plain JDBC batch inserts in one transaction of its own, which is far quicker than
 * going through the services for a million rows; once, into an empty or demo database only, and marked in the audit
 * log ({@value #MARKER}) so that a restart does not make it again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LargeMunicipality {

    /** What a start-up load did. */
    public enum Outcome {
        GENERATED, ALREADY_GENERATED, NOT_A_DEMO_DATABASE
    }

    static final String MARKER = "DEMO_LARGE";
    private static final long SEED = 20_260_901L;
    private static final Logger LOG = Logger.getLogger(LargeMunicipality.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo.size", defaultValue = "small")
    private String size;

    void load(@Observes @Priority(DatabaseReady.SEED_DEMO + 10) DatabaseReady ready) {
        if (DemoSize.of(size) == DemoSize.LARGE) {
            loadOnce(Scale.LARGE);
        }
    }

    /**
     * Brings the municipality up to the given size, unless it was generated before or the database holds institutions
     * other than the small demo's (real data is never mixed with generated).
     */
    public Outcome loadOnce(Scale total) {
        return inTransaction(c -> {
            if (marked(c)) {
                LOG.info("Large municipality not generated: it was generated before");
                return Outcome.ALREADY_GENERATED;
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
                + scale.employees() + " employees and " + scale.meetings() + " meetings more");
        Rows rows = new Rows(c);
        MunicipalityGenerator.Summary summary = new MunicipalityGenerator(reference, scale, rows, SEED).generate();
        rows.finish();
        rows.updateStatistics();
        CurrentLevels.rebuild(c);
        RoundTallies.freezeClosed(c);
        rows.updateStatistics(List.of("current_rating", "round_tally", "round_turnout"));
        LOG.info(() -> String.format("Generated a large municipality in %.1f s: %d rows, ids %d to %d; %s",
                summary.took().toMillis() / 1000.0, summary.rows().values().stream().mapToLong(Long::longValue).sum(),
                summary.firstId(), summary.lastId(), summary.rows()));
        return summary;
    }

    private static boolean marked(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action_code = ?")) {
            query.setString(1, MARKER);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /** Work on one connection in one local transaction of its own, committed at the end or rolled back. */
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
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The large municipality could not be generated: " + e.getMessage(), e);
        }
    }
}
