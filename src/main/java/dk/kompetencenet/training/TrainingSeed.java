package dk.kompetencenet.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/** Seeds the training programmes of {@code seed/training/programmes.json}; a programme is created once, by name. */
@ApplicationScoped
public class TrainingSeed {

    static final String RESOURCE = "seed/training/programmes.json";

    @Inject
    private TrainingService training;

    @Inject
    private StrategyService strategies;

    @ActivateRequestContext
    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_REFERENCE_DATA + 20) DatabaseReady ready) {
        Map<String, Long> initiatives = strategies.current().stream().flatMap(s -> s.getFocusAreas().stream())
                .flatMap(f -> f.getInitiatives().stream())
                .collect(Collectors.toMap(Initiative::getTitle, Initiative::getId, (a, b) -> a));
        SystemAccess.run(() -> {
            for (JsonValue value : read()) {
                JsonObject p = value.asJsonObject();
                if (training.programmeNamed(p.getString("name")).isPresent()) {
                    continue;
                }
                List<TrainingService.ModuleSpec> modules = p.getJsonArray("modules").getValuesAs(JsonObject.class)
                        .stream().map(m -> new TrainingService.ModuleSpec(m.getString("name"),
                                m.containsKey("ects") ? m.getJsonNumber("ects").bigDecimalValue() : (BigDecimal) null,
                                m.containsKey("hours") ? m.getInt("hours") : null)).toList();
                Set<Long> served = new HashSet<>();
                for (JsonString title : p.getJsonArray("initiatives").getValuesAs(JsonString.class)) {
                    Long id = initiatives.get(title.getString());
                    if (id == null) {
                        throw new IllegalStateException(RESOURCE + " names an initiative the strategy lacks: " + title);
                    }
                    served.add(id);
                }
                training.createProgramme(new Programme(p.getString("name"), p.getString("description", null),
                        ProgrammeKind.valueOf(p.getString("kind")),
                        p.containsKey("grants") ? DesignationKind.valueOf(p.getString("grants")) : null),
                        modules, served);
            }
        });
    }

    private static JsonArray read() {
        try (InputStream in = TrainingSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the application: " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
