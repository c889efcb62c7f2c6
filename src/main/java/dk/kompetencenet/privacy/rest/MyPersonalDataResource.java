package dk.kompetencenet.privacy.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.privacy.PersonalDataExport;

/** Everything held about the caller (GDPR art. 15 and 20). */
@Path("me/personal-data" + PersonalDataAnswer.FORMAT)
@Produces({MediaType.APPLICATION_JSON, PersonalDataAnswer.PDF})
@Tag(name = "Personal data")
public class MyPersonalDataResource {

    @Inject
    private PersonalDataExport export;

    @GET
    @Operation(summary = "Everything held about the caller, as JSON or (.pdf, Accept: application/pdf) PDF")
    public Response export(@PathParam("format") String format, @Context HttpHeaders headers) {
        return PersonalDataAnswer.of(export.mine(), format, headers);
    }
}
