package dk.kompetencenet.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;

/**
 * Uploaded files (certificates, documents): the facts in the {@code stored_file} table, the bytes as a file under
 * {@code kompetencenet.data.dir}/files, a folder that every node of a cluster shares (README, Running several nodes).
 * Storing and deleting join the caller's transaction, and the file on disk follows its outcome: a rolled-back upload
 * leaves no file behind; a deletion that commits leaves a {@link FileDeletion} row, and the bytes stay for
 * {@link #DELETION_GRACE} before {@link #purgeDeleted} removes them.
 * Checks no access itself: the feature that owns a file decides who may read it.
 * <p>
 * Bytes are never changed in place: a file is written (and moved into place) before the row that names it commits, and
 * removed only a day after the row's deletion commits, on any node. So a copy of the database taken at some moment,
 * followed within the day by a copy of the files, has the bytes of every file a row in the database copy names.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "kompetencenet.data.dir", defaultValue = "./data")
    private String dataDir;

    /** How long the bytes of a deleted file stay: any backup copying the files within this of its database copy. */
    public static final Duration DELETION_GRACE = Duration.ofDays(1);

    private final Clock clock = Clock.systemUTC();

    /** How many files a copy wrote, and their bytes. */
    public record Copied(long files, long bytes) {
    }

    /**
     * Checks the content against the policy, then keeps it.
     *
     * @throws dk.kompetencenet.platform.InvalidInputException when the policy refuses it; nothing is written then
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(String name, byte[] content, FilePolicy policy) {
        FileType type = policy.check(content);
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        write(target, content);
        deleteOnRollback(target);
        StoredFile file = new StoredFile(name, type, content.length, sha256(content), key, caller.name(),
                clock.instant());
        em.persist(file);
        audit.record("UPLOAD", file, file.getName() + " (" + type + ", " + content.length + " bytes, SHA-256 "
                + file.getSha256() + ")");
        return file;
    }

    /** Removes a file: its row now, its bytes {@link #DELETION_GRACE} after the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(StoredFile file) {
        StoredFile managed = em.contains(file) ? file : em.find(StoredFile.class, file.getId());
        if (managed == null) {
            return;
        }
        audit.record("DELETE", managed, managed.getName());
        em.remove(managed);
        em.persist(new FileDeletion(managed.getStorageKey(), clock.instant()));
    }

    /**
     * Removes the bytes of the files whose deletion committed before {@code cutoff}, and their {@link FileDeletion}
     * rows; how many. Bytes already gone are skipped.
     */
    @Transactional
    public int purgeDeleted(Instant cutoff) {
        List<FileDeletion> due = em.createNamedQuery("FileDeletion.before", FileDeletion.class)
                .setParameter("cutoff", cutoff).getResultList();
        for (FileDeletion deletion : due) {
            deleteQuietly(path(deletion.getStorageKey()));
            em.remove(deletion);
        }
        return due.size();
    }

    /** The bytes of a file, to be closed by the reader. */
    public InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(path(file.getStorageKey()));
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "The bytes of stored file " + file.getId() + " are missing from " + root());
            throw new NotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the bytes of every stored file into {@code target}, in the same layout. Files being written ({@code .part})
     * are left out, and a file that disappears while copying (an upload that rolled back) is skipped.
     */
    public Copied copyTo(Path target) {
        Path root = root();
        long files = 0;
        long bytes = 0;
        try {
            Files.createDirectories(target);
            if (!Files.isDirectory(root)) {
                return new Copied(0, 0);
            }
            List<Path> all;
            try (Stream<Path> walk = Files.walk(root)) {
                all = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part"))
                        .toList();
            }
            for (Path file : all) {
                Path copy = target.resolve(root.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                files++;
                bytes += Files.size(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Copied(files, bytes);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    private Path root() {
        return Path.of(dataDir, "files");
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root().resolve(key.substring(0, 2)).resolve(key);
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.write(part, content);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a new file once its transaction has rolled back. */
    private void deleteOnRollback(Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
