package dk.kompetencenet.platform;

/** Somebody else saved the same thing first; nothing was overwritten. */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
