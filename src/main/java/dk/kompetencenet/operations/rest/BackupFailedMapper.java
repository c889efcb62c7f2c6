package dk.kompetencenet.operations.rest;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dk.kompetencenet.operations.BackupFailedException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/** A failed backup is the server's failure, not the caller's: 500, with the message and the log reference. */
@Provider
public class BackupFailedMapper implements ExceptionMapper<BackupFailedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BackupFailedException exception) {
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(Texts.get(Requests.locale(headers), exception.key(), exception.arguments()),
                        List.of()))
                .build();
    }
}
