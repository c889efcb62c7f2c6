package dk.kompetencenet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * A backup with a real embedded Derby: the database copy opens as a database with the rows committed before it, the
 * files are beside it, and the manifest says what it holds; on another vendor only the files are copied; a failure
 * leaves no folder and is audited; only administrators may.
 */
class BackupServiceTest {

    @TempDir
    Path work;

    private final List<String> audited = new ArrayList<>();
    private Set<Role> roles = Set.of(Role.ADMIN);
    private String derbyUrl;

    @AfterEach
    void shutDown() {
        if (derbyUrl != null) {
            try {
                DriverManager.getConnection(derbyUrl + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
    }

    @Test
    void derbyIsBackedUpOnlineAndTheCopyOpensWithItsRowsBesideTheFiles() throws Exception {
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(work.resolve("data/kompetencenet-db").toString());
        derby.setCreateDatabase("create");
        derbyUrl = "jdbc:derby:" + work.resolve("data/kompetencenet-db");
        try (Connection c = derby.getConnection()) {
            c.createStatement().execute("CREATE TABLE t (id INT)");
            c.createStatement().execute("INSERT INTO t VALUES (1), (2)");
        }
        Path file = work.resolve("data/files/ab/ab" + "0".repeat(30));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "certificate");

        Backup backup = service(derby).take();

        Path folder = work.resolve("backups").resolve(backup.name());
        assertThat(backup.isComplete()).isTrue();
        assertThat(backup.database()).isEqualTo("Apache Derby");
        assertThat(backup.databaseIncluded()).isTrue();
        assertThat(backup.contents()).containsExactly("files", "kompetencenet-db");
        assertThat(backup.files()).isEqualTo(1);
        assertThat(backup.bytes()).isPositive();
        assertThat(backup.takenBy()).isEqualTo("admin");
        assertThat(folder.resolve("files/ab/ab" + "0".repeat(30))).hasContent("certificate");
        assertThat(Backup.read(folder, false)).isEqualTo(backup);
        assertThat(audited).singleElement().asString().startsWith("BACKUP " + backup.name() + ": database (Apache Derby)");
        assertThat(BackupMessages.taken(Locale.ENGLISH, backup)).startsWith("Backup " + backup.name()
                + " taken: the database and 1 files,");

        String copy = "jdbc:derby:" + folder.resolve("kompetencenet-db");
        try (Connection c = DriverManager.getConnection(copy);
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        } finally {
            try {
                DriverManager.getConnection(copy + ";shutdown=true").close();
            } catch (SQLException expected) {
                // shut down
            }
        }
    }

    @Test
    void onAnotherDatabaseOnlyTheFilesAreCopiedAndTheMessageSaysSo() {
        Backup backup = service(dataSource("PostgreSQL", null)).take();
        assertThat(backup.databaseIncluded()).isFalse();
        assertThat(backup.contents()).containsExactly("files");
        assertThat(BackupMessages.taken(Locale.forLanguageTag("da"), backup))
                .contains("Databasen (PostgreSQL) er ikke med: tag den med pg_dump");
        assertThat(audited).singleElement().asString().contains("no database (PostgreSQL");
    }

    @Test
    void aFailedBackupLeavesNoFolderAndIsAudited() {
        BackupService service = service(dataSource("Apache Derby", new SQLException("disk full", "XSDG1")));
        assertThatThrownBy(service::take).isInstanceOfSatisfying(BackupFailedException.class,
                e -> assertThat(e.key()).isEqualTo("backups.failed"));
        assertThat(service.list()).isEmpty();
        assertThat(audited).singleElement().asString().startsWith("BACKUP_FAILED reference ");
        assertThat(service.isRunning()).isFalse();
    }

    @Test
    void onlyAdministratorsTakeOrListBackups() {
        roles = Set.of(Role.COORDINATOR);
        BackupService service = service(dataSource("PostgreSQL", null));
        assertThatThrownBy(service::take).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::list).isInstanceOf(AccessDeniedException.class);
        assertThat(work.resolve("backups")).doesNotExist();
    }

    private BackupService service(DataSource dataSource) {
        Caller caller = proxy(Caller.class, (self, method, args) -> method.isDefault()
                ? InvocationHandler.invokeDefault(self, method, args)
                : switch (method.getName()) {
                    case "name" -> "admin";
                    case "roles" -> roles;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        FileStore files = new FileStore();
        set(files, "dataDir", work.resolve("data").toString());
        BackupService service = new BackupService();
        set(service, "dataSource", dataSource);
        set(service, "caller", caller);
        set(service, "files", files);
        set(service, "audit", new BackupAudit() {
            @Override
            public void record(String action, String details) {
                audited.add(action + " " + details);
            }
        });
        set(service, "backupDir", work.resolve("backups").toString());
        return service;
    }

    /** A data source of the given product whose connections fail with {@code failure} on any statement. */
    private static DataSource dataSource(String product, SQLException failure) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (self, method, args) -> product);
        Connection connection = proxy(Connection.class, (self, method, args) -> switch (method.getName()) {
            case "getMetaData" -> metaData;
            case "close" -> null;
            default -> throw failure != null ? failure : new UnsupportedOperationException(method.getName());
        });
        return proxy(DataSource.class, (self, method, args) -> connection);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static void set(Object target, String name, Object value) {
        try {
            Class<?> type = target.getClass();
            while (type.getSuperclass() != null && !hasField(type, name)) {
                type = type.getSuperclass();
            }
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasField(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals(name));
    }
}
