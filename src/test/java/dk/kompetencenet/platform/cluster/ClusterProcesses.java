package dk.kompetencenet.platform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Two Kompetencenet nodes started by {@code config/cluster/start-node.sh} at the same instant, and HAProxy in front of
 * them started by {@code config/cluster/start-balancer.sh}, as README tells an operator to; each process logs to a file
 * of its own. Every process is ended by {@link #close()} and, should the test JVM end first, by a shutdown hook.
 */
final class ClusterProcesses implements AutoCloseable {

    /** One node: its name (also its HAProxy server name), HTTP and data-grid ports, process and log. */
    record Node(String name, int httpPort, int gridPort, Process process, Path log) {

        String url() {
            return "http://127.0.0.1:" + httpPort;
        }

        String logText() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Path REPOSITORY = Path.of(System.getProperty("kompetencenet.basedir", "."));
    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * 0 by default: the nodes start at the same instant. {@code -Dcluster.stagger.seconds=N} starts the second node N
     * seconds after the first, to tell a start-up race from another fault when diagnosing.
     */
    private static final Duration STAGGER = Duration.ofSeconds(Long.getLong("cluster.stagger.seconds", 0));

    private final List<Node> nodes = new ArrayList<>();
    private final Path work;
    private final Thread hook = new Thread(this::destroyAll, "cluster-test-cleanup");
    private Process balancer;
    private Path balancerLog;
    private int balancerPort;

    ClusterProcesses(Path work) {
        this.work = work;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The balancer needs HAProxy: a clear failure, never a silent skip, where it is missing. */
    static void requireHaproxy() {
        boolean found = Files.isExecutable(Path.of("/usr/sbin/haproxy")) || System.getenv("PATH") != null
                && List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, "haproxy")));
        if (!found) {
            throw new IllegalStateException("ClusterIT needs HAProxy as the load balancer: apt-get install haproxy "
                    + "(.ci/run does this); -Dit.cluster.skip=true leaves the cluster test out");
        }
    }

    /** Starts both nodes at once with this environment (database, mail, demo data) and the balancer. */
    void start(Map<String, String> environment, String javaOptions) {
        int[] grid = {freePort(), freePort()};
        String members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        for (int i = 0; i < 2; i++) {
            String name = "node" + (i + 1);
            int http = freePort();
            Map<String, String> env = new java.util.HashMap<>(environment);
            env.putAll(Map.of("KOMPETENCENET_CLUSTER_NAME", clusterName(), "KOMPETENCENET_CLUSTER_MEMBERS", members,
                    "KOMPETENCENET_CLUSTER_PORT", String.valueOf(grid[i]), "KOMPETENCENET_NODE_NAME", name,
                    "KOMPETENCENET_JAR", Path.of(System.getProperty("kompetencenet.uberjar", "target/kompetencenet.jar"))
                            .toAbsolutePath().toString(),
                    "JAVA_OPTS", javaOptions));
            if (i > 0) {
                sleep(STAGGER.toMillis());
            }
            Path log = work.resolve(name + ".log");
            nodes.add(new Node(name, http, grid[i], launch(env, log, "config/cluster/start-node.sh", String.valueOf(http)), log));
        }
        balancerPort = freePort();
        balancerLog = work.resolve("haproxy.log");
        balancer = launch(Map.of("KOMPETENCENET_LB_BIND", "127.0.0.1:" + balancerPort,
                "KOMPETENCENET_LB_NODE1", "127.0.0.1:" + nodes.get(0).httpPort(),
                "KOMPETENCENET_LB_NODE2", "127.0.0.1:" + nodes.get(1).httpPort()),
                balancerLog, "config/cluster/start-balancer.sh");
    }

    private Process launch(Map<String, String> environment, Path log, String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve(script).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every node's /health/ready is 200 and the balancer has sent requests to both. */
    Duration awaitReady(Duration limit) {
        Instant started = Instant.now();
        Instant until = started.plus(limit);
        Set<String> ready = new HashSet<>();
        Set<String> servedBy = new HashSet<>();
        while (servedBy.size() < 2) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("The cluster was not ready within " + limit + ": nodes ready " + ready
                        + ", balancer sent to " + servedBy + "\n" + tails());
            }
            if (!balancer.isAlive()) {
                throw new AssertionError("HAProxy stopped:\n" + read(balancerLog));
            }
            for (Node node : nodes) {
                if (!node.process().isAlive()) {
                    throw new AssertionError(node.name() + " stopped while starting:\n" + tail(node.logText()));
                }
                String log = node.logText();
                if (log.contains("Exception while loading the app")) {
                    throw new AssertionError(node.name() + " could not deploy Kompetencenet (Payara runs on without it): "
                            + firstCause(log) + "\nlog: " + node.log());
                }
                if (!ready.contains(node.name()) && probe(node.url() + "/health/ready").status() == 200) {
                    ready.add(node.name());
                }
            }
            if (ready.size() == 2) {
                Probe viaBalancer = probe(balancerUrl() + "/health/ready");
                if (viaBalancer.status() == 200 && viaBalancer.servedBy() != null) {
                    servedBy.add(viaBalancer.servedBy());
                }
            }
            sleep(ready.size() == 2 ? 200 : 1000);
        }
        return Duration.between(started, Instant.now());
    }

    /** A GET's status (-1 when nothing answered) and the balancer's X-Served-By header, if any. */
    record Probe(int status, String servedBy) {
    }

    static Probe probe(String url) {
        try {
            HttpResponse<Void> response = PROBE.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return new Probe(response.statusCode(), response.headers().firstValue("X-Served-By").orElse(null));
        } catch (IOException e) {
            return new Probe(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cluster's name, of this test run only, so that no other cluster on the machine is joined. */
    String clusterName() {
        return "cluster-it-" + ProcessHandle.current().pid();
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No node named " + name));
    }

    String balancerUrl() {
        return "http://127.0.0.1:" + balancerPort;
    }

    /** {@code kill -9} of the node's JVM (start-node.sh execs it, so the process is the JVM itself). */
    void kill9(Node node) {
        try {
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(node.process().pid())).inheritIO().start();
            if (kill.waitFor() != 0 || !node.process().waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("kill -9 did not end " + node.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String tails() {
        StringBuilder all = new StringBuilder();
        nodes.forEach(n -> all.append("--- ").append(n.name()).append(" (").append(n.log()).append(")\n")
                .append(tail(n.logText())).append('\n'));
        return all.append("--- haproxy\n").append(tail(read(balancerLog))).toString();
    }

    /** The first "Internal Exception" or "Caused by" line of a log: what stopped the deployment. */
    private static String firstCause(String log) {
        return log.lines().filter(l -> l.startsWith("Internal Exception") || l.startsWith("Caused by")).findFirst()
                .orElse("(no cause in the log)");
    }

    private static String tail(String text) {
        return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    }

    private static String read(Path file) {
        try {
            return file == null || !Files.exists(file) ? "" : Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void destroyAll() {
        List<Process> all = new ArrayList<>(nodes.stream().map(Node::process).toList());
        if (balancer != null) {
            all.add(balancer);
        }
        all.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
        all.forEach(Process::destroyForcibly);
        for (Process p : all) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the condition holds, or fails with the message. */
    static void await(Duration limit, java.util.function.BooleanSupplier condition,
                      java.util.function.Supplier<String> failure) {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(failure.get());
            }
            sleep(500);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
