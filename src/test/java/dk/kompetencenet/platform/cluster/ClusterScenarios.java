package dk.kompetencenet.platform.cluster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import dk.kompetencenet.platform.cluster.ClusterClient.Reply;

/** The REST calls the cluster test makes its own data with (on the demo data of an empty database). */
final class ClusterScenarios {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    private ClusterScenarios() {
    }

    /** The demo school Birkelyskolen's id. */
    static long school(ClusterClient coordinator, String base) {
        return coordinator.get(base + "/api/institutions").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals("Birkelyskolen")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo school Birkelyskolen")).getJsonNumber("id").longValue();
    }

    /** A new teacher at the demo school; its id. Fails unless the save is acknowledged with 201. */
    static long newEmployee(ClusterClient client, String base, String email) {
        Reply created = client.postJson(base + "/api/employees", """
                {"firstName": "Klynge", "lastName": "Test", "email": "%s", "jobRole": "lærer", "institutionIds": [%d]}"""
                .formatted(email, school(client, base)));
        if (created.status() != 201) {
            throw new AssertionError("Saving employee " + email + " through " + base + ": " + created.status() + " "
                    + created.text());
        }
        return created.json().getJsonNumber("id").longValue();
    }

    /**
     * A new teacher enrolled in a new run of a demo programme with its first module completed; the path that attaches
     * (PUT) and downloads (GET) that module's certificate, with the enrolment's version as its query.
     */
    static String completedModule(ClusterClient coordinator, String base) {
        long employee = newEmployee(coordinator, base, "bevis-" + System.nanoTime() + "@skole.example.dk");
        JsonObject programme = coordinator.get(base + "/api/training/programmes").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> !p.getJsonArray("modules").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no demo programme with modules"));
        Reply run = coordinator.postJson(base + "/api/training/programmes/" + programme.getInt("id") + "/runs", """
                {"name": "Klyngehold %d", "provider": "UCN", "startDate": "%s", "endDate": "%s"}"""
                .formatted(System.nanoTime(), TODAY.minusMonths(3), TODAY.plusMonths(6)));
        Reply enrolment = coordinator.postJson(base + "/api/training/enrolments", """
                {"runId": %d, "employeeId": %d, "institutionId": %d}"""
                .formatted(run.json().getJsonNumber("id").longValue(), employee, school(coordinator, base)));
        int module = programme.getJsonArray("modules").getJsonObject(0).getInt("id");
        long id = enrolment.json().getJsonNumber("id").longValue();
        Reply done = coordinator.postJson(base + "/api/training/enrolments/" + id + "/completions", """
                {"moduleId": %d, "completedOn": "%s", "evidence": "Bestået", "validUntil": "%s", "version": %d}"""
                .formatted(module, TODAY.minusDays(7), TODAY.plusYears(1),
                        enrolment.json().getJsonNumber("version").longValue()));
        if (done.status() != 200) {
            throw new AssertionError("Completing a module: " + done.status() + " " + done.text());
        }
        return "/api/training/enrolments/" + id + "/completions/" + module + "/certificate?version="
                + done.json().getJsonNumber("version").longValue();
    }

    /** A single meeting next year for these employees, linked to the strategy's first initiative. */
    static String meetingFor(ClusterClient coordinator, String base, List<Long> employeeIds) {
        long initiative = coordinator.get(base + "/api/strategies/current").json().getJsonArray("focusAreas")
                .getJsonObject(0).getJsonArray("initiatives").getJsonObject(0).getJsonNumber("id").longValue();
        return """
                {"title": "Klyngemøde", "kind": "other", "start": "%s", "end": "%s", "location": "Birkelyskolen",
                 "rrule": null, "initiativeIds": [%d], "employeeIds": [%s]}""".formatted(
                TODAY.plusMonths(2) + "T09:00", TODAY.plusMonths(2) + "T10:00", initiative,
                employeeIds.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
