package dk.kompetencenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

/**
 * An online backup taken from a running jar while another thread keeps creating employees through the API, and the
 * checks on the server restored from it: every employee acknowledged (201) before the backup was requested is there,
 * and so is an uploaded certificate, byte for byte.
 */
public final class BackupScenario {

    private static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% backup "
            + System.nanoTime() + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private BackupScenario() {
    }

    /** What the backup should hold: its folder's name, the employees acknowledged before it, a certificate's path. */
    public record Taken(String name, Map<Long, String> acknowledgedBefore, int writtenInAll, String certificatePath) {
    }

    private record Acknowledged(long id, String email, long atNanos) {
    }

    public static Taken takeWhileWriting(RunningJar jar, Http admin, String adminPassword) throws Exception {
        long institution = admin.get("/api/institutions").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue())
                .filter(id -> !admin.get("/api/employees?institution=" + id + "&max=1").jsonArray().isEmpty())
                .findFirst().orElseThrow();
        String certificate = uploadCertificate(admin, institution);

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writing = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            Http own = Http.basic(jar.url(), "admin", adminPassword);
            for (int n = 0; !stop.get(); n++) {
                String email = "backup.skriver." + n + "." + System.nanoTime() + "@example.dk";
                Http.Response created = own.post("/api/employees", "application/json", """
                        {"firstName": "Backup", "lastName": "Skriver %d", "email": "%s", "jobRole": "LAERER",
                         "institutionIds": [%d]}""".formatted(n, email, institution));
                if (created.status() == 201) {
                    acknowledged.add(new Acknowledged(created.json().getJsonNumber("id").longValue(), email,
                            System.nanoTime()));
                }
            }
        }, writing);
        writing.shutdown();
        while (acknowledged.size() < 5) {
            assertThat(writer).isNotDone();
            Thread.sleep(50);
        }

        Http english = Http.basic(jar.url(), "admin", adminPassword).acceptLanguage("en");
        long requested = System.nanoTime();
        Http.Response backup = english.post("/api/admin/backups", "application/json", "");
        long answered = System.nanoTime();
        int duringBackup = (int) acknowledged.stream().filter(a -> a.atNanos() > requested && a.atNanos() < answered).count();
        Thread.sleep(500);
        stop.set(true);
        writer.get();

        assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        JsonObject json = backup.json();
        String name = json.getString("name");
        assertThat(name).matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?");
        assertThat(json.getJsonNumber("files").longValue()).isGreaterThanOrEqualTo(1);
        if (TestDatabase.postgresql()) {
            // PostgreSQL is backed up with pg_dump (README); the application copies the uploaded files.
            assertThat(json.getBoolean("databaseIncluded")).isFalse();
            assertThat(json.getString("database")).isEqualTo("PostgreSQL");
            assertThat(json.getJsonArray("contents").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("files");
            assertThat(json.getString("message")).startsWith("Backup " + name + " taken: ").contains("pg_dump");
        } else {
            assertThat(json.getBoolean("databaseIncluded")).isTrue();
            assertThat(json.getString("database")).isEqualTo("Apache Derby");
            assertThat(json.getJsonArray("contents").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("files", "kompetencenet-db");
            assertThat(json.getString("message")).startsWith("Backup " + name + " taken: the database and");
        }
        System.out.printf("Backup %s of the demo data: %d ms, %d bytes; employees acknowledged before it %d, during it %d%n",
                name, json.getJsonNumber("durationMillis").longValue(), json.getJsonNumber("bytes").longValue(),
                acknowledged.stream().filter(a -> a.atNanos() < requested).count(), duringBackup);

        Map<Long, String> before = new LinkedHashMap<>();
        acknowledged.stream().filter(a -> a.atNanos() < requested).forEach(a -> before.put(a.id(), a.email()));
        assertThat(before).hasSizeGreaterThanOrEqualTo(5);

        onlyAdministratorsAndOneAtATime(jar, english, adminPassword);
        assertThat(english.get("/api/admin/backups").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(b -> assertThat(b.getString("name")).isEqualTo(name));
        return new Taken(name, before, acknowledged.size(), certificate);
    }

    /** The restored server has every acknowledged employee and the certificate's bytes. */
    public static void assertRestored(Http admin, Taken taken) {
        List<Long> missing = new ArrayList<>();
        taken.acknowledgedBefore().forEach((id, email) -> {
            Http.Response employee = admin.get("/api/employees/" + id);
            if (employee.status() != 200 || !email.equals(employee.json().getString("email"))) {
                missing.add(id);
            }
        });
        assertThat(missing).as("employees acknowledged before the backup, of " + taken.acknowledgedBefore().size())
                .isEmpty();
        Http.Response download = admin.get(taken.certificatePath());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(CERTIFICATE, StandardCharsets.US_ASCII));
    }

    private static void onlyAdministratorsAndOneAtATime(RunningJar jar, Http admin, String adminPassword) {
        Http coordinator = Http.basic(jar.url(), "koordinator", "kompetencenet");
        assertThat(coordinator.post("/api/admin/backups", "application/json", "").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/admin/backups").status()).isEqualTo(403);
        assertThat(Http.anonymous(jar.url()).post("/api/admin/backups", "application/json", "").status()).isEqualTo(401);
        assertThat(Http.loggedIn(jar.url(), "koordinator", "kompetencenet").get("/admin/backups.xhtml").status())
                .isEqualTo(403);

        // Two at once: one is taken, the other (if it overlaps) is refused with a message rather than run alongside.
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Http.Response> answers;
        try {
            List<CompletableFuture<Http.Response>> both = List.of(
                    CompletableFuture.supplyAsync(() -> admin.post("/api/admin/backups", "application/json", ""), two),
                    CompletableFuture.supplyAsync(() -> admin.post("/api/admin/backups", "application/json", ""), two));
            answers = both.stream().map(CompletableFuture::join).toList();
        } finally {
            two.shutdown();
        }
        System.out.println("Two backups requested at once answered " + answers.stream().map(Http.Response::status)
                .toList());
        assertThat(answers).anySatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isIn(201, 409);
            if (a.status() == 409) {
                assertThat(a.json().getString("message")).isEqualTo("Another backup is running. Wait until it has"
                        + " finished and try again.");
            }
        });

        // The page: the button takes one and says so; the list shows it.
        Http pages = Http.loggedIn(jar.url(), "admin", adminPassword);
        Http.Response page = pages.get("/admin/backups.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("backup", "backup");
        form.put("backup:take", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        assertThat(pages.postForm("/admin/backups.xhtml", form).status()).isEqualTo(302);
        Http.Response after = pages.get("/admin/backups.xhtml");
        assertThat(after.body()).contains("Sikkerhedskopien ").contains(" er taget: ").contains("Fuldført");
    }

    private static String uploadCertificate(Http admin, long institution) {
        JsonObject programme = admin.get("/api/training/programmes").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> !p.getJsonArray("modules").isEmpty()).findFirst().orElseThrow();
        long employee = admin.get("/api/employees?institution=" + institution + "&max=1").jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long run = admin.post("/api/training/programmes/" + programme.getInt("id") + "/runs", "application/json", """
                {"name": "Backuphold", "provider": "UCN", "startDate": "%s", "endDate": "%s"}"""
                .formatted(LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(2))).json()
                .getJsonNumber("id").longValue();
        JsonObject enrolment = admin.post("/api/training/enrolments", "application/json", """
                {"runId": %d, "employeeId": %d, "institutionId": %d}""".formatted(run, employee, institution)).json();
        int module = programme.getJsonArray("modules").getJsonObject(0).getInt("id");
        Http.Response done = admin.post("/api/training/enrolments/" + enrolment.getInt("id") + "/completions",
                "application/json", """
                {"moduleId": %d, "completedOn": "%s", "evidence": "Bestået", "version": %d}"""
                .formatted(module, LocalDate.now().minusDays(3), enrolment.getJsonNumber("version").longValue()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String path = "/api/training/enrolments/" + enrolment.getInt("id") + "/completions/" + module + "/certificate";
        Http.Response stored = admin.putBytes(path + "?version=" + done.json().getJsonNumber("version")
                + "&name=bevis.pdf", "application/pdf", CERTIFICATE);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        return path;
    }

    /** Copies a folder and everything in it, as an operator would with {@code cp -a}. */
    public static void copyFolder(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
