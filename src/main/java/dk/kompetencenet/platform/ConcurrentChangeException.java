package dk.kompetencenet.platform;

/** Somebody else saved the same thing first; nothing was overwritten. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
