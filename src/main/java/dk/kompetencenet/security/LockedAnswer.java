package dk.kompetencenet.security;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/**
 * The API's answer to a login on a locked account, or from an address that has failed too often: 429 Too Many
 * Requests with {@code Retry-After}, and the API's error body saying so, in the caller's language.
 */
public final class LockedAnswer {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private LockedAnswer() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        return answer(response, seconds, Texts.get(Requests.locale(request), "login.locked", shown(until)));
    }

    /** The answer to a login from an address that has failed too often ({@link AddressThrottle}). */
    static AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response) {
        return answer(response, AddressThrottle.window().toSeconds(),
                Texts.get(Requests.locale(request), "login.throttled"));
    }

    private static AuthenticationStatus answer(HttpServletResponse response, long retryAfterSeconds, String message) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        ErrorBody.sendUnchecked(response, 429, message);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Until when, as people read it here. */
    public static String shown(Instant until) {
        return SHOWN.format(Zones.local(until));
    }
}
