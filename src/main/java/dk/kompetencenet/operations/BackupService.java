package dk.kompetencenet.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.persistence.Vendor;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Online backups, for administrators, while Kompetencenet keeps serving. Into a new folder under
 * {@code kompetencenet.backup.dir}: first the database (on Derby its own online backup,
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a transaction-consistent copy), then the uploaded files. Uploads write
 * their bytes before their row commits, bytes are never changed in place, and a deleted file's bytes stay for a day
 * ({@code FileStore.DELETION_GRACE}, whichever node deleted it), so every file a row in the copied database names is in
 * the copied files (files uploaded later are extra, and harmless). On PostgreSQL only the files are copied: the database is backed
 * up with {@code pg_dump}. One backup at a time; each is written to the audit log.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Caller caller;

    @Inject
    private FileStore files;

    @Inject
    private BackupAudit audit;

    @Inject
    @ConfigProperty(name = "kompetencenet.backup.dir")
    private String backupDir;

    private final BackupGate gate = new BackupGate();
    private final Clock clock = Clock.systemUTC();
    private volatile String running;

    /** What the database copy did: the vendor's product name and whether the backup holds the database. */
    private record DatabaseCopy(String product, boolean included) {
    }

    /**
     * Takes a backup now and answers what it holds.
     *
     * @throws BackupInProgressException while another backup runs
     * @throws BackupFailedException when it could not be completed (nothing half-made is left)
     */
    public Backup take() {
        caller.requireAnyRole(Role.ADMIN);
        Path root = root();
        try (BackupGate.Pass pass = gate.enter(root)) {
            return takeNow(root);
        } catch (IOException e) {
            throw failed(null, e);
        }
    }

    /** The backups in the backup folder, newest first. */
    public List<Backup> list() {
        caller.requireAnyRole(Role.ADMIN);
        String now = running;
        return BackupFolders.list(root()).stream()
                .map(folder -> Backup.read(folder, folder.getFileName().toString().equals(now))).toList();
    }

    /** The folder backups go to, as configured. */
    public Path root() {
        return Path.of(backupDir).toAbsolutePath().normalize();
    }

    private Backup takeNow(Path root) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        Path folder;
        try {
            folder = BackupFolders.create(root, started);
        } catch (IOException e) {
            throw failed(null, e);
        }
        running = folder.getFileName().toString();
        try {
            DatabaseCopy database;
            FileStore.Copied copied;
            database = copyDatabase(folder);
            copied = files.copyTo(folder.resolve("files"));
            Backup backup = new Backup(running, Backup.Status.COMPLETE, started,
                    Duration.ofNanos(System.nanoTime() - start).toMillis(), database.product(), database.included(),
                    BackupFolders.entries(folder), copied.files(), BackupFolders.size(folder), caller.name());
            backup.writeManifest(folder);
            LOG.info(() -> "Backup " + backup.name() + " taken in " + backup.durationMillis() + " ms: "
                    + backup.contents() + ", " + backup.files() + " files, " + backup.bytes() + " bytes");
            audit.record("BACKUP", backup.name() + ": " + (database.included() ? "database (" + database.product()
                    + ") and " : "no database (" + database.product() + ": use its own backup), ") + copied.files()
                    + " files, " + backup.bytes() + " bytes, " + backup.durationMillis() + " ms");
            return backup;
        } catch (RuntimeException | SQLException e) {
            BackupFolders.deleteQuietly(folder);
            throw failed(folder, e);
        } finally {
            running = null;
        }
    }

    /**
     * Copies the database where its vendor lets a client do so online. The vendor is read from the connection itself,
     * whatever configuration chose it.
     */
    private DatabaseCopy copyDatabase(Path folder) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (Vendor.of(connection) != Vendor.DERBY) {
                return new DatabaseCopy(product, false);
            }
            // Derby writes the copy as a folder named like the database's own (kompetencenet-db) inside this one.
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
            return new DatabaseCopy(product, true);
        }
    }

    private BackupFailedException failed(Path folder, Exception cause) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Backup " + (folder == null ? "" : folder + " ") + "failed, reference " + reference, cause);
        try {
            audit.record("BACKUP_FAILED", "reference " + reference);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the failed backup to the audit log", e);
        }
        return new BackupFailedException(reference);
    }

    /** Whether a backup is being taken now. */
    public boolean isRunning() {
        return gate.isBusy();
    }
}
