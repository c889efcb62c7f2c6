package dk.kompetencenet.meeting;

import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Seeds the strategy's two networks ({@code seed/meeting/networks.json}, linked to their initiatives by title) and the
 * school holidays ({@code seed/meeting/school-holidays.csv}). Idempotent: a network is created once, by its key; the
 * holidays only into an empty table.
 */
@ApplicationScoped
public class MeetingSeed {

    private static final Logger LOG = Logger.getLogger(MeetingSeed.class.getName());

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @PersistenceContext
    private EntityManager em;

    @ActivateRequestContext
    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_REFERENCE_DATA + 10) DatabaseReady ready) {
        SystemAccess.run(() -> {
            seedNetworks();
            seedSchoolHolidays();
        });
    }

    private void seedNetworks() {
        for (JsonValue value : SeedFiles.json("seed/meeting/networks.json").asJsonArray()) {
            JsonObject n = value.asJsonObject();
            if (networks.bySeedKey(n.getString("key")).isPresent()) {
                continue;
            }
            Set<Long> served = strategies.initiativeIdsTitled(n.getJsonArray("initiatives")
                    .getValuesAs(JsonString::getString), "networks.json");
            networks.create(new Network(n.getString("key"), n.getString("name"),
                    InitiativeSector.fromCode(n.getString("sector")), n.getString("description", null)), served);
            LOG.info(() -> "Created the network '" + n.getString("name") + "'");
        }
    }

    private void seedSchoolHolidays() {
        if (em.createNamedQuery("SchoolHoliday.count", Long.class).getSingleResult() > 0) {
            return;
        }
        for (CSVRecord r : SeedFiles.csv("seed/meeting/school-holidays.csv")) {
            em.persist(new SchoolHoliday(r.get("Navn"), LocalDate.parse(r.get("Første dag")),
                    LocalDate.parse(r.get("Sidste dag"))));
        }
    }
}
