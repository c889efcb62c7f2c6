package dk.kompetencenet.platform.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error answer of the API: a message, and for refused input the list of problems, each with the line of a
 * file or the field of a request where it stands.
 */
public record ErrorBody(String message, List<Error> errors) {

    /** One problem; line or field is null where it does not apply. */
    public record Error(Integer line, String field, String message) {
    }

    /**
     * The same body, with no problems listed, for an answer given before JAX-RS (a filter, the authentication
     * mechanism).
     */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("message", message)
                .add("errors", Json.createArrayBuilder()).build().toString());
    }

    /** As {@link #send}, where an IOException cannot be thrown (the authentication mechanism's refusals). */
    public static void sendUnchecked(HttpServletResponse response, int status, String message) {
        try {
            send(response, status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
