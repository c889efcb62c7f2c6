package dk.kompetencenet.platform;

/** The request clashes with the state things are in now (409 in the API); nothing was changed. */
public class ConflictException extends DomainException {

    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}
