package dk.kompetencenet.operations;

import dk.kompetencenet.platform.ConflictException;

/** Another backup is being taken; this one was not started (409). */
public class BackupInProgressException extends ConflictException {

    public BackupInProgressException() {
        super("backups.running");
    }
}
