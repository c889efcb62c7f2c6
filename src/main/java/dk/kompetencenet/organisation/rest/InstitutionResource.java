package dk.kompetencenet.organisation.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;

/** Institutions in the caller's scope. */
@Path("institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class InstitutionResource {

    @Inject
    private InstitutionService institutions;

    public record InstitutionJson(Long id, String name, String type, String sector, String area, String address,
                                  boolean active, Long staff) {
    }

    @GET
    @Operation(summary = "Institutions the caller may see (all for administrators and coordinators), by name")
    public List<InstitutionJson> list(@QueryParam("q") String text,
                                      @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        var filter = new InstitutionService.Filter(text, null, includeInactive);
        return institutions.page(filter, 0, Integer.MAX_VALUE).stream()
                .map(r -> new InstitutionJson(r.id(), r.name(), r.type().name(), r.type().sector().name(), r.area(),
                        r.address(), r.active(), r.staff()))
                .toList();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One institution; 403 outside the caller's scope")
    public InstitutionJson get(@PathParam("id") long id) {
        Institution i = institutions.get(id);
        return new InstitutionJson(i.getId(), i.getName(), i.getType().name(), i.getSector().name(), i.getArea(),
                i.getAddress().oneLine(), i.isActive(), null);
    }
}
