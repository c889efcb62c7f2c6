package dk.kompetencenet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.RunningJar;
import dk.kompetencenet.testsupport.TestDatabase;

/**
 * The runnable jar's start-up does no reporting work: it is ready while its due baseline snapshot is still being
 * taken in the background, a SIGTERM then stops it within 10 s, and the next start takes the snapshot, since the
 * interrupted one left no claim. {@code kompetencenet.test.snapshot-delay-seconds} (for tests only) holds the due
 * snapshot after its claim, standing in for the minutes a large municipality's snapshot takes on a loaded machine.
 */
class StartupAndStopIT {

    private static final String DELAY = "KOMPETENCENET_TEST_SNAPSHOT_DELAY_SECONDS";

    @Test
    void isReadyWhileTheDueSnapshotIsTakenStopsWithin10SecondsOfSigtermMeanwhileAndTheNextStartTakesIt()
            throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "jar-startup-");
        Map<String, String> environment = TestDatabase.environmentForANewJar();
        environment.putAll(Map.of("KOMPETENCENET_DATA_DIR", data.toString(), "KOMPETENCENET_DEMO", "true",
                DELAY, "600"));

        Duration stopping;
        try (RunningJar jar = RunningJar.start(environment)) {
            assertThat(Http.anonymous(jar.url()).get("/health/ready").status()).isEqualTo(200);
            assertThat(baselines(jar)).as("ready before the baseline snapshot is taken").isEmpty();
            awaitLog(jar, "Taking the due snapshot BASELINE");

            Instant signalled = Instant.now();
            jar.close();
            stopping = Duration.between(signalled, Instant.now());
        }
        assertThat(stopping).as("SIGTERM to exit while the snapshot is being taken")
                .isLessThan(Duration.ofSeconds(10));

        environment.put(DELAY, "0");
        try (RunningJar again = RunningJar.start(environment)) {
            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            while (baselines(again).isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            assertThat(baselines(again)).as("the baseline, taken after ready").hasSize(1);
        }
    }

    /** The baseline snapshots taken (the demo's history has an on-demand snapshot of its own, a year back). */
    private static List<JsonObject> baselines(RunningJar jar) {
        return snapshots(jar).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(snapshot -> snapshot.getString("kind").equals("BASELINE")).toList();
    }

    private static Http.Response snapshots(RunningJar jar) {
        Http.Response response = Http.basic(jar.url(), "koordinator", "kompetencenet").get("/api/followup/snapshots");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static void awaitLog(RunningJar jar, String line) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!jar.log().contains(line) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(jar.log()).contains(line);
    }
}
