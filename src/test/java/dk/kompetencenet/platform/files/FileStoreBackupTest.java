package dk.kompetencenet.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;

/**
 * What a backup relies on: a file whose deletion commits keeps its bytes (on whichever node it was deleted), so a copy
 * made after the database copy still finds every file a row names; the daily purge removes the bytes a day later.
 */
class FileStoreBackupTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path data;

    private final List<Synchronization> synchronizations = new ArrayList<>();
    private final List<Object> persisted = new ArrayList<>();

    @Test
    void aCommittedDeletionKeepsTheBytesAndRecordsTheDeletionForTheDailyPurge() throws Exception {
        FileStore store = fileStore();
        Path bytes = file(KEY, "certificate");

        store.delete(storedFile(KEY));
        commit();

        assertThat(bytes).exists();
        FileStore.Copied copied = store.copyTo(data.resolve("copy"));
        assertThat(copied.files()).isEqualTo(1);
        assertThat(data.resolve("copy").resolve("01").resolve(KEY)).hasContent("certificate");
        assertThat(persisted).filteredOn(FileDeletion.class::isInstance).singleElement().isInstanceOfSatisfying(
                FileDeletion.class,
                d -> assertThat(d.getStorageKey()).isEqualTo(KEY));
    }

    @Test
    void theCopyLeavesOutFilesStillBeingWrittenAndKeepsTheLayout() throws Exception {
        FileStore store = fileStore();
        file(KEY, "one");
        file("ab" + KEY.substring(2), "two");
        Files.writeString(data.resolve("files").resolve("01").resolve(KEY + "123.part"), "half");
        FileStore.Copied copied = store.copyTo(data.resolve("copy"));
        assertThat(copied.files()).isEqualTo(2);
        assertThat(copied.bytes()).isEqualTo(6);
        assertThat(data.resolve("copy/ab/ab" + KEY.substring(2))).hasContent("two");
        assertThat(data.resolve("copy/01").toFile().list()).containsExactly(KEY);
    }

    @Test
    void copyingWithNoFilesYetGivesAnEmptyFolder() {
        FileStore.Copied copied = fileStore().copyTo(data.resolve("copy"));
        assertThat(copied.files()).isZero();
        assertThat(data.resolve("copy")).isEmptyDirectory();
    }

    private void commit() {
        synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        synchronizations.clear();
    }

    private Path file(String key, String content) throws Exception {
        Path path = data.resolve("files").resolve(key.substring(0, 2)).resolve(key);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private static StoredFile storedFile(String key) {
        return new StoredFile("bevis.pdf", FileType.PDF, 3, "00", key, "admin", Instant.now());
    }

    private FileStore fileStore() {
        EntityManager em = proxy(EntityManager.class, (method, args) -> {
            if (method.equals("persist")) {
                persisted.add(args[0]);
            }
            return method.equals("contains") ? Boolean.TRUE : null;
        });
        Caller caller = proxy(Caller.class, (method, args) -> method.equals("name") ? "admin" : null);
        TransactionSynchronizationRegistry registry = proxy(TransactionSynchronizationRegistry.class,
                (method, args) -> {
                    if (method.equals("registerInterposedSynchronization")) {
                        synchronizations.add((Synchronization) args[0]);
                    }
                    return null;
                });
        AuditLog audit = new AuditLog();
        set(audit, "em", em);
        set(audit, "caller", caller);
        FileStore store = new FileStore();
        set(store, "em", em);
        set(store, "caller", caller);
        set(store, "audit", audit);
        set(store, "transactions", registry);
        set(store, "dataDir", data.toString());
        return store;
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> method.isDefault() ? null : answer.answer(method.getName(), args)));
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
