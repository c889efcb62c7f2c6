package dk.kompetencenet.platform.files;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A stored file whose row was deleted and whose bytes are kept until {@link FileStore#purgeDeleted} removes them once
 * the grace period has passed. Written in the deleting transaction, so it exists exactly when the deletion committed,
 * on whichever node. Never changed.
 */
@Entity
@Table(name = "file_deletion")
@NamedQuery(name = "FileDeletion.before",
        query = "select d from FileDeletion d where d.deletedAt < :cutoff order by d.deletedAt")
public class FileDeletion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "storage_key", length = 64)
    private String storageKey;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected FileDeletion() {
    }

    FileDeletion(String storageKey, Instant deletedAt) {
        this.storageKey = storageKey;
        this.deletedAt = deletedAt;
    }

    String getStorageKey() {
        return storageKey;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }
}
