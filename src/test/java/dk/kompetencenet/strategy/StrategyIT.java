package dk.kompetencenet.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/** The seeded strategy through the API, its editing rules, and seeding that never duplicates. */
@ExtendWith(ArquillianExtension.class)
class StrategyIT {

    @ArquillianResource
    private URL base;

    @Inject
    private StrategyService strategies;

    @Inject
    private AccountService accounts;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Event<DatabaseReady> databaseReady;

    @Test
    void currentStrategyHasTheThreeFocusAreasWithGoalsAndInitiatives() {
        Http.Response response = Http.basic(base.toString(), "admin", "it-admin-password").get("/api/strategies/current");

        assertEquals(200, response.status());
        JsonObject strategy = response.json();
        assertEquals(4, strategy.getJsonArray("visions").size());
        List<JsonObject> areas = strategy.getJsonArray("focusAreas").getValuesAs(JsonObject.class);
        assertEquals(List.of("Udvikling af børn og unges digitale kompetencer", "Det digitale forældresamarbejde",
                "Ledelse og medarbejderes anvendelse af IT"), areas.stream().map(a -> a.getString("title")).toList());
        assertEquals(List.of(13, 3, 4), areas.stream().map(a -> a.getJsonArray("initiatives").size()).toList());
        assertTrue(areas.get(0).getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("text").contains("digital mobning")));
        Set<String> sectors = areas.stream().flatMap(a -> a.getJsonArray("initiatives").getValuesAs(JsonObject.class)
                .stream()).map(i -> i.getString("sector")).collect(Collectors.toSet());
        assertEquals(Set.of("dagtilbud", "skole", "both"), sectors);
        JsonValue id = areas.get(0).getJsonArray("initiatives").getJsonObject(0).get("id");
        assertEquals(JsonValue.ValueType.NUMBER, id.getValueType());
    }

    @Test
    void seedingAgainAddsNoSecondStrategyNoSecondAdministratorAndNoDemoDuplicates() {
        databaseReady.fire(new DatabaseReady(true));
        long strategiesBefore = seededStrategies();
        long accountsBefore = SystemAccess.call(() -> accounts.count(""));
        long institutionsBefore = SystemAccess.call(() -> institutions.count(InstitutionService.Filter.all()));

        databaseReady.fire(new DatabaseReady(true));

        assertEquals(1, strategiesBefore, "one seeded strategy, whatever versions other tests made");
        assertEquals(strategiesBefore, seededStrategies());
        assertEquals(accountsBefore, SystemAccess.call(() -> accounts.count("")));
        assertEquals(institutionsBefore, SystemAccess.call(() -> institutions.count(InstitutionService.Filter.all())));
        assertTrue(SystemAccess.call(() -> accounts.anyWithRole(Role.ADMIN)));
    }

    private long seededStrategies() {
        return strategies.history().stream().filter(s -> s.getSeedKey() != null).count();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsMayEditTheStrategy() {
        Strategy current = strategies.current().orElseThrow();
        Initiative initiative = current.getFocusAreas().get(0).getInitiatives().get(0);
        var content = initiative.content();
        var changed = new Initiative.Content(content.theme(), content.title(), "Beskrivelse fra test " + java.util.UUID.randomUUID(),
                content.sector(), content.targetGroup());

        org.junit.jupiter.api.Assertions.assertThrows(dk.kompetencenet.platform.security.AccessDeniedException.class,
                () -> strategies.updateInitiative(initiative.getId(), initiative.getVersion(), changed));

        Initiative saved = SystemAccess.call(() -> strategies.updateInitiative(initiative.getId(),
                initiative.getVersion(), changed));
        assertEquals(changed.description(), saved.getDescription());
        org.junit.jupiter.api.Assertions.assertThrows(dk.kompetencenet.platform.ConcurrentChangeException.class,
                () -> SystemAccess.run(() -> strategies.updateInitiative(initiative.getId(), initiative.getVersion(),
                        changed)));
    }

    @Test
    void anUnknownStrategyAnswers404AndPagesNeedALogin() {
        assertEquals(404, Http.basic(base.toString(), "admin", "it-admin-password").get("/api/strategies/999999999")
                .status());
        assertEquals(302, Http.anonymous(base.toString()).get("/strategy/strategy.xhtml").status());
    }
}
