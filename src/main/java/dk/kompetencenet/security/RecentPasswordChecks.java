package dk.kompetencenet.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Passwords that matched their account's stored hash in the last five minutes, so that the REST API, which logs in
 * on every request, pays PBKDF2's deliberate 0.1 s once per client and not on every call (as Apache's
 * {@code mod_authn_socache} and Spring Security's {@code UserCache} do).
 * <p>
 * What is kept is an HMAC, under a key drawn at start and never stored, of the stored hash and the password: never the
 * password. The stored hash carries the account's salt and changes with every new password, so a changed password
 * (on this node or on another) no longer finds the old entry; a deactivated account is refused before this is asked.
 * Failed checks are not kept: each wrong guess costs its full PBKDF2.
 */
final class RecentPasswordChecks {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    private static final int MOST_KEPT = 20_000;

    private final SecretKeySpec key;
    private final Cache<String, Boolean> verified;

    RecentPasswordChecks() {
        this(Ticker.systemTicker());
    }

    RecentPasswordChecks(Ticker ticker) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        verified = Caffeine.newBuilder().maximumSize(MOST_KEPT).expireAfterWrite(KEPT_FOR).ticker(ticker).build();
    }

    /** Whether this password matched this stored hash within the last five minutes. */
    boolean matchedRecently(char[] password, String storedHash) {
        return verified.getIfPresent(entry(password, storedHash)) != null;
    }

    /** Notes that this password has just matched this stored hash. */
    void matched(char[] password, String storedHash) {
        verified.put(entry(password, storedHash), Boolean.TRUE);
    }

    private String entry(char[] password, String storedHash) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] passwordBytes = new byte[encoded.remaining()];
        encoded.get(passwordBytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(passwordBytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
