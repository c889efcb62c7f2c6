package dk.kompetencenet.security;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2 (HMAC-SHA512, 210,000 iterations as OWASP advises) for every stored password; a password that matched in the
 * last five minutes is recognised without it ({@link RecentPasswordChecks}).
 */
@ApplicationScoped
public class Passwords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash hash;

    private final RecentPasswordChecks recent = new RecentPasswordChecks();

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches; one that matched the same stored hash in the last minutes is not hashed again. */
    public boolean matches(char[] password, String storedHash) {
        if (recent.matchedRecently(password, storedHash)) {
            return true;
        }
        boolean matches = hash.verify(password, storedHash);
        if (matches) {
            recent.matched(password, storedHash);
        }
        return matches;
    }

    /** A random password of 16 characters without look-alikes (0/O, 1/l/I). */
    public static String random() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
