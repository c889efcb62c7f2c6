package dk.kompetencenet.competence;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.StrategyService;

/** Seeds the frameworks in {@code seed/competence/frameworks/}; each once, by its key. */
@ApplicationScoped
public class CompetenceSeed {

    static final List<String> FILES = List.of("digcompedu", "evaluering", "ledelse-data");
    private static final Logger LOG = Logger.getLogger(CompetenceSeed.class.getName());

    @Inject
    private CompetenceService competences;

    @Inject
    private StrategyService strategies;

    @ActivateRequestContext
    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_REFERENCE_DATA + 30) DatabaseReady ready) {
        SystemAccess.run(() -> FILES.forEach(name -> {
            JsonObject json = SeedFiles.json("seed/competence/frameworks/" + name + ".json").asJsonObject();
            if (competences.bySeedKey(json.getString("key")).isEmpty()) {
                Framework framework = toFramework(json);
                framework.serve(strategies.initiatives(strategies.initiativeIdsTitled(
                        json.getJsonArray("initiatives").getValuesAs(JsonString::getString), name + ".json")));
                competences.create(framework);
                LOG.info(() -> "Loaded the competence framework '" + framework.getNameDa() + "'");
            }
        }));
    }

    /** The framework a seed file describes, not yet saved. */
    static Framework toFramework(JsonObject json) {
        Framework framework = new Framework(json.getString("key"), json.getString("version"),
                text(json, "name", "da"), text(json, "name", "en"), text(json, "description", "da"),
                text(json, "description", "en"));
        for (JsonObject level : json.getJsonArray("levels").getValuesAs(JsonObject.class)) {
            framework.addLevel(level.getString("code"), text(level, "name", "da"), text(level, "name", "en"),
                    text(level, "stem", "da"), text(level, "stem", "en"));
        }
        for (JsonObject area : json.getJsonArray("areas").getValuesAs(JsonObject.class)) {
            CompetenceArea added = framework.addArea(area.getString("code"), text(area, "name", "da"),
                    text(area, "name", "en"));
            for (JsonObject c : area.getJsonArray("competences").getValuesAs(JsonObject.class)) {
                added.addCompetence(c.getString("code"), text(c, "name", "da"), text(c, "name", "en"),
                        text(c, "description", "da"), text(c, "description", "en"));
            }
        }
        JsonObject targets = json.getJsonObject("targets");
        targets.keySet().forEach(role -> framework.target(JobRole.valueOf(role), targets.getString(role)));
        return framework;
    }

    private static String text(JsonObject o, String field, String language) {
        return o.containsKey(field) ? o.getJsonObject(field).getString(language, null) : null;
    }

}
