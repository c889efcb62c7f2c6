package dk.kompetencenet.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.files.FilePolicy;
import dk.kompetencenet.platform.i18n.Texts;

/** What every resource checks of a request: a body is there, a change names the version read, the client's language. */
public final class Requests {

    private Requests() {
    }

    public static <T> T body(T input) {
        if (input == null) {
            throw new InvalidInputException(Problem.inField("body", "api.error.bodyRequired"));
        }
        return input;
    }

    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(Problem.inField("version", "api.error.versionRequired"));
        }
        return version;
    }

    /**
     * A file sent as the request body, read up to the policy's limit. Of a larger one the rest is read and dropped (up
     * to a bound), so that the client gets the refusal rather than a broken connection.
     */
    public static byte[] upload(InputStream body, FilePolicy policy) {
        try {
            return policy.read(body);
        } catch (InvalidInputException tooLarge) {
            try {
                byte[] buffer = new byte[64 * 1024];
                long left = 4 * policy.maxBytes();
                for (int n = body.read(buffer); n >= 0 && left > 0; n = body.read(buffer)) {
                    left -= n;
                }
            } catch (IOException ignored) {
                // the refusal is what matters
            }
            throw tooLarge;
        }
    }

    /** As {@link #locale(HttpHeaders)}, for an answer given before JAX-RS. */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Texts.DANISH : Texts.supported(request.getLocale());
    }

    /** The supported language the client asks for first (Accept-Language); Danish by default. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Texts.DANISH;
        }
        return Texts.supported(headers.getAcceptableLanguages().get(0));
    }
}
