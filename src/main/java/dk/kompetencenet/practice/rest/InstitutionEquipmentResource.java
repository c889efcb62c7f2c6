package dk.kompetencenet.practice.rest;

import static dk.kompetencenet.practice.rest.PracticeJson.initiativeIds;
import static dk.kompetencenet.practice.rest.PracticeJson.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.rest.PracticeJson.EquipmentInput;
import dk.kompetencenet.practice.rest.PracticeJson.EquipmentJson;
import dk.kompetencenet.practice.rest.PracticeJson.PageJson;

/** One institution's register of equipment needs (across institutions: {@link EquipmentResource}). */
@Path("institutions/{id: \\d+}/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments and equipment")
public class InstitutionEquipmentResource {

    @Inject
    private EquipmentService equipment;

    @GET
    @Operation(summary = "The institution's equipment needs, newest request first; paged with first/max")
    public PageJson<EquipmentJson> register(@PathParam("id") long id,
                                            @QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("max") @DefaultValue("100") int max) {
        PracticeJson.requirePaging(first, max);
        EquipmentService.Filter filter = EquipmentService.Filter.at(id);
        return new PageJson<>(equipment.count(filter),
                equipment.page(filter, first, max).stream().map(PracticeJson::json).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Requests equipment (leaders of the institution, coordinators), on requestedOn or today;"
            + " without initiativeIds it serves the strategy's initiative on the necessary digital tools")
    public Response request(@PathParam("id") long id, EquipmentInput input, @Context UriInfo uri) {
        Requests.body(input);
        EquipmentNeed need = equipment.request(id, input.details(), input.requestedOn(),
                initiativeIds(input.initiativeIds()));
        return Response.created(uri.getBaseUriBuilder().path("equipment").path(String.valueOf(need.getId())).build())
                .entity(json(need)).build();
    }
}
