package dk.kompetencenet.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What a login attempt came to: the account, or refused, and if the account is locked after too many wrong passwords,
 * until when ({@link LoginLocks}).
 */
public record Login(UserAccount account, Instant lockedUntil) {

    /** The request attribute that tells the authentication mechanism an account is locked, and until when. */
    public static final String LOCKED_UNTIL = Login.class.getName() + ".lockedUntil";

    static Login of(UserAccount account) {
        return new Login(account, null);
    }

    static Login refused() {
        return new Login(null, null);
    }

    static Login locked(Instant until) {
        return new Login(null, until);
    }

    public Optional<UserAccount> valid() {
        return Optional.ofNullable(account);
    }

    public Optional<Instant> locked() {
        return Optional.ofNullable(lockedUntil);
    }
}
