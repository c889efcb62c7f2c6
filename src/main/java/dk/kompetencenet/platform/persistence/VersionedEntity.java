package dk.kompetencenet.platform.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import dk.kompetencenet.platform.ConcurrentChangeException;

/**
 * An entity users edit. Its version travels with every edit form; a save against an older version is refused rather
 * than overwriting somebody else's change.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /** Refuses an edit that was made on an older copy of this entity. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentChangeException();
        }
    }
}
