package dk.kompetencenet.platform.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import dk.kompetencenet.testsupport.TestDatabase;

/**
 * The cluster's PostgreSQL database read and changed by plain JDBC, beside the nodes; and what one node seeds into an
 * empty database, counted from the seed files themselves.
 */
final class ClusterDatabase {

    private static final Path SEED = Path.of(System.getProperty("kompetencenet.basedir", ".")).resolve("seed");

    private final String url;

    ClusterDatabase(String url) {
        this.url = url;
    }

    long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.ROLE, TestDatabase.PASSWORD);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** The rows one start with demo data makes in each table, counted from seed/ (README, "Demo accounts"). */
    static Map<String, Long> seededByOneNode() {
        Map<String, Long> expected = new LinkedHashMap<>();
        List<JsonObject> strategies = jsonFiles(SEED.resolve("strategy")).stream()
                .filter(o -> o.containsKey("focusAreas")).toList();
        expected.put("strategy", (long) strategies.size());
        expected.put("initiative", strategies.stream().flatMap(s -> s.getJsonArray("focusAreas")
                .getValuesAs(JsonObject.class).stream()).mapToLong(f -> f.getJsonArray("initiatives").size()).sum());
        expected.put("framework", (long) jsonFiles(SEED.resolve("competence/frameworks")).size());
        expected.put("network", (long) json(SEED.resolve("meeting/networks.json")).asJsonArray().size());
        expected.put("programme", (long) json(SEED.resolve("training/programmes.json")).asJsonArray().size());
        expected.put("institution", rows("demo/institutions.csv"));
        expected.put("employee", rows("demo/employees.csv") + rows("demo/administration.csv"));
        expected.put("user_account", rows("demo/accounts.csv") + 1); // and the administrator
        return expected;
    }

    private static long rows(String csv) {
        try (Stream<String> lines = Files.lines(SEED.resolve(csv))) {
            return lines.skip(1).filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(ClusterDatabase::json)
                    .filter(j -> j instanceof JsonObject).map(JsonObject.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonStructure json(Path file) {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
