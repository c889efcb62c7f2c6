package dk.kompetencenet.platform.rest;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dk.kompetencenet.platform.DomainException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.persistence.LockConflicts;

/**
 * Everything else: 400 for unreadable JSON, the JAX-RS status where there is one (a bad URL; a content type the method does not consume, named), a conflict
 * for a lost optimistic lock, a lock wait or a deadlock ({@link LockConflicts}), and otherwise a 500 with a reference to
 * the log and no stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        var locale = Requests.locale(headers);
        DomainException domain = cause(exception, DomainException.class);
        if (domain != null) {
            return new DomainExceptionMapper().toResponseWith(domain, headers);
        }
        if (cause(exception, JsonException.class) != null || cause(exception, JsonbException.class) != null
                || cause(exception, JsonParsingException.class) != null) {
            return json(400, Texts.get(locale, "error.badJson"));
        }
        if (LockConflicts.in(exception)) {
            return json(409, Texts.get(locale, "error.concurrentChange"));
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 415) {
                return json(status, Texts.get(locale, "error.unsupportedMediaType", sentType()));
            }
            String key = switch (status) {
                case 401 -> "error.unauthorized";
                case 403 -> "error.accessDenied";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406 -> "error.mediaType";
                default -> "error.badRequest";
            };
            return json(status, Texts.get(locale, key));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, exception);
        return json(500, Texts.get(locale, "error.unexpected", reference));
    }

    /** The content type the client sent, without parameters, as the refusal names it. */
    private String sentType() {
        MediaType type = headers == null ? null : headers.getMediaType();
        return type == null ? "-" : type.getType() + "/" + type.getSubtype();
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(message, List.of())).build();
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
