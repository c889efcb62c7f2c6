package dk.kompetencenet.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API token: {@value #PREFIX} and 32 random bytes (256 bits), URL-safe Base64. What is stored is its
 * SHA-256: a slow password hash buys nothing against a secret nobody can guess, and a fast one lets every request be
 * checked by one indexed lookup. The first {@value #SHOWN} characters are kept in the clear to tell tokens apart.
 */
public final class TokenSecret {

    static final String PREFIX = "kn_";
    static final int SHOWN = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    /** A new secret. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a secret, and looked up by: SHA-256, in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The part shown in lists. */
    static String shown(String secret) {
        return secret.substring(0, SHOWN);
    }

    /** Whether a value can be a token at all (cheap check before any lookup). */
    static boolean wellFormed(String value) {
        return value != null && value.length() == PREFIX.length() + 43 && value.startsWith(PREFIX)
                && value.chars().skip(PREFIX.length()).allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                        || c == '-' || c == '_');
    }
}
