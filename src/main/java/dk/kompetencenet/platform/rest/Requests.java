package dk.kompetencenet.platform.rest;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.Requests;

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

    /** The supported language the client asks for first (Accept-Language); Danish by default. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return Texts.DANISH;
        }
        return Texts.supported(headers.getAcceptableLanguages().get(0));
    }
}
