package dk.kompetencenet.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dk.kompetencenet.platform.cluster.ClusterClient.Reply;
import dk.kompetencenet.platform.cluster.ClusterProcesses.Node;
import dk.kompetencenet.testsupport.TestDatabase;

/**
 * Issue 11's proof: two nodes started by config/cluster/start-node.sh at the same instant on an EMPTY PostgreSQL
 * database, HAProxy (config/cluster/start-balancer.sh) in front, and then what a municipality relies on: one cluster,
 * one copy of the seed data, the due snapshots taken once (at start-up, and by the nightly job firing on both nodes at
 * once), a certificate uploaded through one node read through the other, a meeting's invitations mailed once, and a
 * logged-in user carrying on through the balancer when the node serving them is killed with kill -9. One start serves
 * every check (the nodes take a minute or two to start); the kill comes last. Runs in a Failsafe execution of its
 * own, once per suite (pom.xml, README "Running several nodes (cluster)").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String ADMIN_PASSWORD = "cluster-admin-secret";
    private static final String DEMO_PASSWORD = "kompetencenet";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** How long after the start the nightly job fires: the nodes must be ready and have taken the baseline by then. */
    private static final Duration NIGHTLY_AFTER = Duration.ofSeconds(Long.getLong("cluster.nightly.after.seconds", 120));
    private static final byte[] CERTIFICATE = pdfWithBinaryBytes();

    private static ClusterProcesses cluster;
    private static ClusterDatabase database;
    private static GreenMail mail;
    private static Instant nightlyAt;

    @BeforeAll
    static void twoNodesStartTogetherOnAnEmptyDatabaseBehindTheBalancer() throws IOException {
        ClusterProcesses.requireHaproxy();
        mail = new GreenMail(new ServerSetup(ClusterProcesses.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String url = TestDatabase.freshDatabase("cluster_" + ProcessHandle.current().pid());
        database = new ClusterDatabase(url);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "cluster-");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KOMPETENCENET_DB_URL", url);
        environment.put("KOMPETENCENET_DB_USER", TestDatabase.ROLE);
        environment.put("KOMPETENCENET_DB_PASSWORD", TestDatabase.PASSWORD);
        environment.put("KOMPETENCENET_DATA_DIR", work.resolve("data").toString()); // one folder, shared by both
        environment.put("KOMPETENCENET_DEMO", "true");
        environment.put("KOMPETENCENET_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("KOMPETENCENET_MAIL_SMTP_HOST", "127.0.0.1");
        environment.put("KOMPETENCENET_MAIL_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        nightlyAt = Instant.now().plus(NIGHTLY_AFTER).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        String javaOptions = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.io.tmpdir=" + work
                + " -Duser.timezone=" + zoneWhereItIs0215At(nightlyAt);
        cluster = new ClusterProcesses(work);
        cluster.start(environment, javaOptions);
        Duration ready = cluster.awaitReady(Duration.ofMinutes(4));
        LOG.info(() -> "Both nodes ready and the balancer sending to both after " + ready + "; logs in " + work);
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    @Order(1)
    void bothNodesLogsNameBothMembersOfOneCluster() {
        for (Node node : cluster.nodes()) {
            String log = node.logText();
            assertThat(log).as(node.name() + "'s log shows Payara's data grid of two").contains(
                    "DG Name: " + cluster.clusterName() + " DG Size: 2");
            for (Node member : cluster.nodes()) {
                assertThat(log.substring(log.lastIndexOf("DG Size:"))).as(node.name() + "'s log names "
                        + member.name() + "'s data-grid address").contains("Address: /127.0.0.1:" + member.gridPort());
            }
        }
    }

    @Test
    @Order(2)
    void twoNodesStartedTogetherSeedOneCopyOfTheStrategyFrameworksAndDemoData() {
        ClusterDatabase.seededByOneNode().forEach((table, expected) -> assertThat(
                database.count("SELECT COUNT(*) FROM " + table)).as(table + " rows: what one node seeds").isEqualTo(expected));
        assertThat(database.count("SELECT COUNT(*) FROM (SELECT seed_key FROM framework WHERE seed_key IS NOT NULL"
                + " GROUP BY seed_key HAVING COUNT(*) > 1) twice")).as("frameworks seeded twice").isZero();
    }

    @Test
    @Order(3)
    void theBaselineDueAtStartIsTakenOnceThoughBothNodesTryAfterReady() {
        for (Node node : cluster.nodes()) {
            ClusterProcesses.await(Duration.ofSeconds(90), () -> node.logText().contains("Background work done: the due snapshots"),
                    () -> node.name() + " did not finish its due snapshots at start:\n" + cluster.tails());
        }
        assertThat(database.count("SELECT COUNT(*) FROM indicator_snapshot WHERE kind = 'BASELINE'")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM job_claim WHERE job = 'snapshot.BASELINE'")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aCertificateUploadedThroughOneNodeDownloadsByteForByteThroughTheOther() {
        Node a = cluster.nodes().get(0);
        Node b = cluster.nodes().get(1);
        ClusterClient coordinator = ClusterClient.basic("koordinator", DEMO_PASSWORD);
        String completion = ClusterScenarios.completedModule(coordinator, a.url());
        Reply stored = coordinator.put(a.url() + completion + "&name=bevis.pdf", "application/pdf", CERTIFICATE);
        assertThat(stored.status()).as(stored.text()).isEqualTo(200);
        String download = completion.substring(0, completion.indexOf('?'));
        Reply read = coordinator.get(b.url() + download);
        assertThat(read.status()).as("the download through the other node: " + read.text()).isEqualTo(200);
        assertThat(read.body()).as("the bytes read through the other node").isEqualTo(CERTIFICATE);
    }

    @Test
    @Order(5)
    void aMeetingCreatedThroughTheBalancerIsMailedOnceToEachInvitee() {
        ClusterClient coordinator = ClusterClient.basic("koordinator", DEMO_PASSWORD);
        List<String> invitees = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String email = "inviteret" + i + "-" + System.nanoTime() + "@skole.example.dk";
            ids.add(ClusterScenarios.newEmployee(coordinator, cluster.balancerUrl(), email));
            invitees.add(email);
        }
        Reply created = coordinator.postJson(cluster.balancerUrl() + "/api/meetings",
                ClusterScenarios.meetingFor(coordinator, cluster.balancerUrl(), ids));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        ClusterProcesses.await(Duration.ofSeconds(90), () -> recipients(invitees).size() >= invitees.size(),
                () -> "invitations received: " + recipients(invitees));
        ClusterProcesses.sleep(10_000); // time for a second node's copy, were there one
        List<String> recipients = recipients(invitees);
        assertThat(recipients).as("one invitation per invitee, however many nodes run")
                .containsExactlyInAnyOrderElementsOf(invitees);
    }

    /** The recipients of every mail received so far that are among these (the demo data's own mails left out). */
    private static List<String> recipients(List<String> among) {
        List<String> recipients = new ArrayList<>();
        try {
            for (MimeMessage message : mail.getReceivedMessages()) {
                Arrays.stream(message.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress())
                        .filter(among::contains)
                        .forEach(recipients::add);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return recipients;
    }

    @Test
    @Order(6)
    void theApiTakesHttpBasicThroughEitherNode() {
        for (Node node : cluster.nodes()) {
            Reply institutions = ClusterClient.basic("admin", ADMIN_PASSWORD).get(node.url() + "/api/institutions");
            assertThat(institutions.status()).as(node.name()).isEqualTo(200);
        }
    }

    @Test
    @Order(7)
    void aFollowUpDueTonightIsTakenOnceWhenTheNightlyJobFiresOnBothNodes() {
        assertThat(Instant.now()).as("the nodes started too slowly: the nightly job fires at " + nightlyAt
                + "; more time with -Dcluster.nightly.after.seconds").isBefore(nightlyAt.minusSeconds(5));
        LocalDate today = LocalDate.now(COPENHAGEN);
        assertThat(database.update("UPDATE strategy SET follow_up_date = ? WHERE status = 'ACTIVE'", today)).isEqualTo(1);
        for (Node node : cluster.nodes()) {
            ClusterProcesses.await(Duration.between(Instant.now(), nightlyAt).plusSeconds(90),
                    () -> node.logText().contains("Background work done: the due snapshots (nightly)"),
                    () -> node.name() + " did not run the nightly job at " + nightlyAt + ":\n" + cluster.tails());
        }
        assertThat(database.count("SELECT COUNT(*) FROM indicator_snapshot WHERE kind = 'FOLLOW_UP'")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM job_claim WHERE job = 'snapshot.FOLLOW_UP'")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aLoggedInUserCarriesOnThroughTheBalancerWhenTheirNodeIsKilled() {
        ClusterSessionScenario.run(cluster, database, DEMO_PASSWORD, ADMIN_PASSWORD);
    }

    /**
     * A fixed-offset zone (e.g. {@code GMT+03:07}) in which it is 02:15, the nightly job's time (followup/
     * SnapshotSchedule), at this instant: both nodes run in it, so their nightly timers fire then, together.
     */
    static String zoneWhereItIs0215At(Instant at) {
        long utcMinuteOfDay = at.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 60;
        long offset = Math.floorMod(2 * 60 + 15 - utcMinuteOfDay, 24 * 60);
        if (offset >= 12 * 60) {
            offset -= 24 * 60;
        }
        return String.format("GMT%s%02d:%02d", offset < 0 ? "-" : "+", Math.abs(offset) / 60, Math.abs(offset) % 60);
    }

    private static byte[] pdfWithBinaryBytes() {
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + 128 + tail.length);
        for (int i = 0; i < 128; i++) {
            all[head.length + i] = (byte) (0x80 + i);
        }
        System.arraycopy(tail, 0, all, head.length + 128, tail.length);
        return all;
    }
}
