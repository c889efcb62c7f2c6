package dk.kompetencenet.reminder;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.web.PublicAddress;

/**
 * The links in reminder mails, absolute from {@code kompetencenet.public.url} (a mail has no request to take the
 * address from; without the setting, {@code http://localhost:8080}), and the unsubscribe tokens they carry: 32 random
 * bytes, URL-safe Base64, of which only the SHA-256 is stored.
 */
@ApplicationScoped
public class ReminderLinks {

    /** The pages a token link leads to without login. */
    public static final String UNSUBSCRIBE_PAGE = "/unsubscribe.xhtml";
    public static final String ONE_CLICK = "/api/unsubscribe/";
    public static final String SETTINGS_PAGE = "/account/notifications.xhtml";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PublicAddress address;

    /** The absolute address of a page, given its path from the application's root ({@code /competence/...}). */
    public String page(String path) {
        return address.of(path);
    }

    public String unsubscribe(String token) {
        return page(UNSUBSCRIBE_PAGE + "?token=" + token);
    }

    /** Where a mail program posts {@code List-Unsubscribe=One-Click} (RFC 8058). */
    public String oneClick(String token) {
        return page(ONE_CLICK + token);
    }

    public String settings() {
        return page(SETTINGS_PAGE);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a value can be a token at all, checked before any lookup. */
    public static boolean wellFormed(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }
}
