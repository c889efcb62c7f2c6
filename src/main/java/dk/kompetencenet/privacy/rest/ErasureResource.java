package dk.kompetencenet.privacy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.privacy.Erasure;

/** People who left, due for erasure, and their erasure (coordinators, administrators). */
@Path("erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
public class ErasureResource {

    static final int MAX_PAGE = 1000;

    @Inject
    private Erasure erasure;

    public record DueJson(Long id, String firstName, String lastName, String email, LocalDate leftOn, Long version) {
    }

    @GET
    @Operation(summary = "People who left longer ago than the retention period and are not yet erased, longest ago"
            + " first; the total in X-Total-Count")
    public Response due(@QueryParam("first") @DefaultValue("0") int first,
                        @QueryParam("max") @DefaultValue("200") int max) {
        QueryParameters.paging(first, max, MAX_PAGE);
        List<DueJson> rows = erasure.due(first, max).stream().map(e -> new DueJson(e.getId(), e.getFirstName(),
                e.getLastName(), e.getEmail(), e.getLeftOn(), e.getVersion())).toList();
        return Response.ok(rows).header("X-Total-Count", erasure.countDue()).build();
    }

    @POST
    @Path("{employeeId}")
    @Operation(summary = "Erases (anonymises) someone who left, once the retention period has passed; 400 with the"
            + " first possible date before that")
    public Response erase(@PathParam("employeeId") String employeeId, @QueryParam("version") String version) {
        erasure.erase(QueryParameters.requiredId("employeeId", employeeId),
                Requests.version(QueryParameters.optionalId("version", version)));
        return Response.noContent().build();
    }
}
