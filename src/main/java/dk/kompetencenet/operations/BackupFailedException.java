package dk.kompetencenet.operations;

import dk.kompetencenet.platform.DomainException;

/** A backup could not be completed; its folder was removed, the cause is in the log under the reference (500). */
public class BackupFailedException extends DomainException {

    public BackupFailedException(String reference) {
        super("backups.failed", reference);
    }
}
