package dk.kompetencenet.platform.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dk.kompetencenet.platform.ConflictException;
import dk.kompetencenet.platform.DomainException;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.AccessDeniedException;

/**
 * The API's one path for refusals: 400 with every problem, 403, 404 or 409, with the message in the language the client
 * asks for (Accept-Language; Danish by default).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException exception) {
        return toResponseWith(exception, headers);
    }

    Response toResponseWith(DomainException exception, HttpHeaders headers) {
        Locale locale = Requests.locale(headers);
        List<ErrorBody.Error> errors = exception instanceof InvalidInputException invalid
                ? invalid.problems().stream().map(p -> new ErrorBody.Error(p.line(), p.field(),
                        Texts.problem(locale, p))).toList()
                : List.of();
        return Response.status(status(exception))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(Texts.get(locale, exception.key(), exception.arguments()), errors))
                .build();
    }

    private static Status status(DomainException exception) {
        if (exception instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        }
        if (exception instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return Status.CONFLICT;
        }
        return Status.BAD_REQUEST;
    }
}
