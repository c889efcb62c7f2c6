package dk.kompetencenet.strategy;

import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Loads the municipality's strategy from {@code seed/strategy/digitaliseringsstrategi.json} at first start. Idempotent:
 * a strategy with the file's key is never loaded twice, and later edits by coordinators are kept.
 */
@ApplicationScoped
public class StrategySeed {

    static final String RESOURCE = "seed/strategy/digitaliseringsstrategi.json";
    private static final Logger LOG = Logger.getLogger(StrategySeed.class.getName());

    @Inject
    private StrategyService strategies;

    @ActivateRequestContext
    void seed(@Observes @Priority(DatabaseReady.SEED_REFERENCE_DATA) DatabaseReady ready) {
        JsonObject json = SeedFiles.json(RESOURCE).asJsonObject();
        String key = json.getString("key");
        SystemAccess.run(() -> {
            if (strategies.bySeedKey(key).isPresent()) {
                return;
            }
            Strategy strategy = toStrategy(json);
            strategies.create(strategy);
            LOG.info(() -> "Loaded the strategy '" + strategy.getTitle() + "' from " + RESOURCE);
        });
    }

    /** The strategy a seed file describes, not yet saved. */
    static Strategy toStrategy(JsonObject json) {
        Strategy strategy = new Strategy(json.getString("key"), json.getString("title"), json.getString("municipality"),
                json.getString("introduction", null), LocalDate.parse(json.getString("startDate")));
        strategy.replaceVisions(json.getJsonArray("visions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        for (JsonValue areaValue : json.getJsonArray("focusAreas")) {
            JsonObject area = areaValue.asJsonObject();
            FocusArea focusArea = strategy.addFocusArea(area.getString("title"), area.getString("description", null));
            for (JsonValue goalValue : area.getJsonArray("goals")) {
                JsonObject goal = goalValue.asJsonObject();
                focusArea.addGoal(goal.getString("text"), GoalKind.valueOf(goal.getString("kind", "GOAL")));
            }
            for (JsonValue initiativeValue : area.getJsonArray("initiatives")) {
                JsonObject i = initiativeValue.asJsonObject();
                focusArea.addInitiative(new Initiative.Content(i.getString("theme"), i.getString("title"),
                        i.getString("description", null), InitiativeSector.fromCode(i.getString("sector")),
                        TargetGroup.fromCode(i.getString("targetGroup"))));
            }
        }
        return strategy;
    }
}
