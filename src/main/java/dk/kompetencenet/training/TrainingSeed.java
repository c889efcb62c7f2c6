package dk.kompetencenet.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
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
        SystemAccess.run(() -> {
            for (JsonValue value : SeedFiles.json(RESOURCE).asJsonArray()) {
                JsonObject p = value.asJsonObject();
                if (training.programmeNamed(p.getString("name")).isPresent()) {
                    continue;
                }
                List<TrainingService.ModuleSpec> modules = p.getJsonArray("modules").getValuesAs(JsonObject.class)
                        .stream().map(m -> new TrainingService.ModuleSpec(m.getString("name"),
                                m.containsKey("ects") ? m.getJsonNumber("ects").bigDecimalValue() : (BigDecimal) null,
                                m.containsKey("hours") ? m.getInt("hours") : null)).toList();
                Set<Long> served = strategies.initiativeIdsTitled(p.getJsonArray("initiatives")
                        .getValuesAs(JsonString::getString), RESOURCE);
                training.createProgramme(new Programme(p.getString("name"), p.getString("description", null),
                        ProgrammeKind.valueOf(p.getString("kind")),
                        p.containsKey("grants") ? DesignationKind.valueOf(p.getString("grants")) : null),
                        modules, served);
            }
        });
    }

}
