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
import dk.kompetencenet.practice.AgeGroup;
import dk.kompetencenet.practice.ExperimentService;
import dk.kompetencenet.practice.rest.PracticeJson.ExperimentInput;
import dk.kompetencenet.practice.rest.PracticeJson.ExperimentJson;
import dk.kompetencenet.practice.rest.PracticeJson.PageJson;

/** Experiments across institutions: the network's shared ones, and for coordinators all; one experiment. */
@Path("experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments and equipment")
public class ExperimentResource {

    @Inject
    private ExperimentService experiments;

    @GET
    @Operation(summary = "Experiments the caller may read, newest first: coordinators all, others their own"
            + " institutions' and those shared with the network (shared=true: only the shared ones); filter by"
            + " institution, sector, ageGroup and initiative; paged with first/max")
    public PageJson<ExperimentJson> list(@QueryParam("shared") @DefaultValue("false") boolean shared,
                                         @QueryParam("institution") String institution,
                                         @QueryParam("sector") String sector,
                                         @QueryParam("ageGroup") String ageGroup,
                                         @QueryParam("initiative") String initiative,
                                         @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("100") int max) {
        PracticeJson.requirePaging(first, max);
        ExperimentService.Filter filter = new ExperimentService.Filter(
                QueryParameters.optionalId("institution", institution),
                QueryParameters.optionalEnum(Sector.class, "sector", sector),
                QueryParameters.optionalEnum(AgeGroup.class, "ageGroup", ageGroup),
                QueryParameters.optionalId("initiative", initiative), shared);
        return new PageJson<>(experiments.count(filter),
                experiments.page(filter, first, max).stream().map(PracticeJson::json).toList());
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One experiment, with the version to send back when changing it; 403 for an unshared"
            + " experiment of another institution")
    public ExperimentJson get(@PathParam("id") long id) {
        return json(experiments.get(id));
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an experiment (staff of its institution, coordinators); 409 when somebody saved a"
            + " change since the given version was read")
    public ExperimentJson change(@PathParam("id") long id, ExperimentInput input) {
        long version = Requests.version(Requests.body(input).version());
        return json(experiments.change(id, version, input.details(), initiativeIds(input.initiativeIds())));
    }
}
