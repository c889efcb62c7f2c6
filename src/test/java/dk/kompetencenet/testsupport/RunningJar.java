package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * target/kompetencenet.jar started as a user would start it ({@code java -jar kompetencenet.jar --port P}), with
 * environment variables for its configuration; waits until /health answers UP.
 */
public final class RunningJar implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static RunningJar start(Map<String, String> environment) {
        RunningJar running = launch(environment);
        running.awaitUp(Duration.ofSeconds(150));
        return running;
    }

    /** What a start that should fail did: its exit code (or null if it still ran after the limit) and its log. */
    public record Stopped(Integer exitCode, String log) {
    }

    /** Starts the jar and waits for it to end by itself, for a configuration that must stop start-up. */
    public static Stopped startExpectingExit(Map<String, String> environment, Duration limit) {
        RunningJar running = launch(environment);
        try {
            boolean ended = running.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            Integer code = ended ? running.process.exitValue() : null;
            if (!ended) {
                running.close();
            }
            return new Stopped(code, running.log());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.close();
            throw new IllegalStateException(e);
        }
    }

    private static RunningJar launch(Map<String, String> environment) {
        String jar = System.getProperty("kompetencenet.uberjar", "target/kompetencenet.jar");
        Path tmp = Path.of(System.getProperty("it.tmpdir", "target"));
        try {
            Files.createDirectories(tmp);
            int port = freePort();
            Path log = Files.createTempFile(tmp, "kompetencenet-jar-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                    "-Dderby.stream.error.file=" + tmp.resolve("derby-jar.log").toAbsolutePath(),
                    "-jar", jar, "--port", String.valueOf(port)));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new RunningJar(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp(Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("kompetencenet.jar stopped while starting; log: " + log + "\n" + tail());
            }
            try {
                Http.Response health = Http.anonymous(url()).get("/health");
                if (health.status() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        close();
        throw new AssertionError("kompetencenet.jar did not answer /health UP within " + limit + "; log: " + log + "\n" + tail());
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String all = log();
        return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
