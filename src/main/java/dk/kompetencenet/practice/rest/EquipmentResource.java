package dk.kompetencenet.practice.rest;

import static dk.kompetencenet.practice.rest.PracticeJson.initiativeIds;
import static dk.kompetencenet.practice.rest.PracticeJson.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.practice.rest.PracticeJson.EquipmentInput;
import dk.kompetencenet.practice.rest.PracticeJson.EquipmentJson;
import dk.kompetencenet.practice.rest.PracticeJson.PageJson;
import dk.kompetencenet.practice.rest.PracticeJson.StepInput;

/** Equipment needs across institutions (for coordinators all of them), one need, and its next step. */
@Path("equipment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments and equipment")
public class EquipmentResource {

    @Inject
    private EquipmentService equipment;

    @GET
    @Operation(summary = "Equipment needs of the institutions in the caller's scope, newest request first; filter by"
            + " institution, sector, status and initiative; paged with first/max")
    public PageJson<EquipmentJson> list(@QueryParam("institution") String institution,
                                        @QueryParam("sector") String sector, @QueryParam("status") String status,
                                        @QueryParam("initiative") String initiative,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("100") int max) {
        PracticeJson.requirePaging(first, max);
        EquipmentService.Filter filter = new EquipmentService.Filter(
                QueryParameters.optionalId("institution", institution),
                QueryParameters.optionalEnum(Sector.class, "sector", sector),
                QueryParameters.optionalEnum(EquipmentStatus.class, "status", status),
                QueryParameters.optionalId("initiative", initiative));
        return new PageJson<>(equipment.count(filter),
                equipment.page(filter, first, max).stream().map(PracticeJson::json).toList());
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One equipment need with its steps so far and the statuses it can move on to")
    public EquipmentJson get(@PathParam("id") long id) {
        return json(equipment.get(id));
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes what is needed (leaders of the institution, coordinators); 409 on a stale version")
    public EquipmentJson change(@PathParam("id") long id, EquipmentInput input) {
        long version = Requests.version(Requests.body(input).version());
        return json(equipment.change(id, version, input.details(), initiativeIds(input.initiativeIds())));
    }

    @PUT
    @Path("{id: \\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the need one step on: REQUESTED → APPROVED → DELIVERED → IN_USE, or REJECTED before"
            + " delivery; dated on (today when absent), never before the previous step nor in the future")
    public EquipmentJson advance(@PathParam("id") long id, StepInput input) {
        long version = Requests.version(Requests.body(input).version());
        return json(equipment.advance(id, version,
                QueryParameters.optionalEnum(EquipmentStatus.class, "status", input.status()), input.on()));
    }
}
