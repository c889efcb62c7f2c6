package dk.kompetencenet.platform.security;

import dk.kompetencenet.platform.DomainException;

/** The caller's role or institution scope does not allow this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
