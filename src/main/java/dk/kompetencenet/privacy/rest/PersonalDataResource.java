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

/** Everything held about one employee, for administrators (GDPR art. 15 and 20). */
@Path("employees/{id: \\d+}/personal-data" + PersonalDataAnswer.FORMAT)
@Produces({MediaType.APPLICATION_JSON, PersonalDataAnswer.PDF})
@Tag(name = "Personal data")
public class PersonalDataResource {

    @Inject
    private PersonalDataExport export;

    @GET
    @Operation(summary = "Everything held about the employee, as JSON ({\"employeeId\", \"generatedAt\", \"sections\":"
            + " [{\"source\", \"columns\", \"rows\"}]}) or, with .pdf or Accept: application/pdf, as a readable PDF;"
            + " administrators, and the person themselves")
    public Response export(@PathParam("id") long id, @PathParam("format") String format, @Context HttpHeaders headers) {
        return PersonalDataAnswer.of(export.of(id), format, headers);
    }
}
