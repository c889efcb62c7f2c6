package dk.kompetencenet.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.Initiative;
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
        Map<String, Long> initiativesByTitle = strategies.current().stream()
                .flatMap(s -> s.getFocusAreas().stream()).flatMap(f -> f.getInitiatives().stream())
                .collect(Collectors.toMap(Initiative::getTitle, Initiative::getId, (a, b) -> a));
        for (JsonValue value : readJson("seed/meeting/networks.json")) {
            JsonObject n = value.asJsonObject();
            if (networks.bySeedKey(n.getString("key")).isPresent()) {
                continue;
            }
            Set<Long> served = new HashSet<>();
            for (JsonString title : n.getJsonArray("initiatives").getValuesAs(JsonString.class)) {
                Long id = initiativesByTitle.get(title.getString());
                if (id == null) {
                    throw new IllegalStateException("networks.json names an initiative the strategy lacks: " + title);
                }
                served.add(id);
            }
            networks.create(new Network(n.getString("key"), n.getString("name"),
                    InitiativeSector.fromCode(n.getString("sector")), n.getString("description", null)), served);
            LOG.info(() -> "Created the network '" + n.getString("name") + "'");
        }
    }

    private void seedSchoolHolidays() {
        if (em.createNamedQuery("SchoolHoliday.count", Long.class).getSingleResult() > 0) {
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = resource("seed/meeting/school-holidays.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord r : parser) {
                em.persist(new SchoolHoliday(r.get("Navn"), LocalDate.parse(r.get("Første dag")),
                        LocalDate.parse(r.get("Sidste dag"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static jakarta.json.JsonArray readJson(String name) {
        try (InputStream in = resource(name); JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MeetingSeed.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Seed file missing from the application: " + name);
        }
        return in;
    }

}
