package dk.kompetencenet.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.platform.security.SystemAccess;

/**
 * A backup on one node while another node deletes a file: the database is copied (here: the row is read), then the
 * file is deleted through a FileStore that holds nothing back in this JVM, as another node's would, then the files
 * are copied. The copy still has the bytes the earlier database copy names; the daily purge removes them only once
 * the grace period has passed.
 */
@ExtendWith(ArquillianExtension.class)
class FileDeletionIT {

    @Inject
    private FileStore files;

    @PersistenceContext
    private EntityManager em;

    @Test
    void bytesOfAFileDeletedDuringABackupOnAnotherNodeAreCopiedAndPurgedOnlyAfterTheGracePeriod() throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        byte[] content = ("%PDF-1.4 deleted during a backup " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        transaction.begin();
        StoredFile stored = SystemAccess.call(() -> files.store("bevis.pdf", content, FilePolicy.DOCUMENTS_AND_IMAGES));
        transaction.commit();
        String key = stored.getStorageKey();
        Path bytes = Path.of(ConfigProvider.getConfig().getValue("kompetencenet.data.dir", String.class), "files",
                key.substring(0, 2), key);

        transaction.begin();
        SystemAccess.run(() -> files.delete(em.find(StoredFile.class, stored.getId())));
        transaction.commit();
        Path copy = Files.createTempDirectory("file-deletion-it");
        files.copyTo(copy);

        assertNull(em.find(StoredFile.class, stored.getId()), "the row is deleted");
        assertArrayEquals(content, Files.readAllBytes(copy.resolve(key.substring(0, 2)).resolve(key)),
                "the files copied after the deletion have the bytes the earlier database copy names");
        assertTrue(Files.exists(bytes), "the bytes stay after the deletion commits");

        files.purgeDeleted(Instant.now().minus(FileStore.DELETION_GRACE));
        assertTrue(Files.exists(bytes), "the purge leaves the bytes of a file deleted within the grace period");
        assertNotNull(em.find(FileDeletion.class, key), "the deletion is recorded for the purge");

        files.purgeDeleted(Instant.now().plus(Duration.ofMinutes(1)));
        assertFalse(Files.exists(bytes), "the purge removes the bytes once the grace period has passed");
        assertNull(em.find(FileDeletion.class, key), "and the record of the deletion");
    }
}
