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
import dk.kompetencenet.practice.Experiment;
import dk.kompetencenet.practice.ExperimentService;
import dk.kompetencenet.practice.rest.PracticeJson.ExperimentInput;
import dk.kompetencenet.practice.rest.PracticeJson.ExperimentJson;
import dk.kompetencenet.practice.rest.PracticeJson.PageJson;

/** One institution's experiments log (across institutions: {@link ExperimentResource}). */
@Path("institutions/{id: \\d+}/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments and equipment")
public class InstitutionExperimentResource {

    @Inject
    private ExperimentService experiments;

    @GET
    @Operation(summary = "The institution's whole log, shared or not, newest first (its staff, coordinators);"
            + " paged with first/max")
    public PageJson<ExperimentJson> log(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("100") int max) {
        PracticeJson.requirePaging(first, max);
        ExperimentService.Filter filter = ExperimentService.Filter.at(id);
        return new PageJson<>(experiments.count(filter),
                experiments.page(filter, first, max).stream().map(PracticeJson::json).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Logs an experiment (staff of the institution, coordinators); without initiativeIds it serves"
            + " the strategy's initiative on room to experiment")
    public Response log(@PathParam("id") long id, ExperimentInput input, @Context UriInfo uri) {
        Requests.body(input);
        Experiment logged = experiments.log(id, input.details(), initiativeIds(input.initiativeIds()));
        return Response.created(uri.getBaseUriBuilder().path("experiments").path(String.valueOf(logged.getId()))
                .build()).entity(json(logged)).build();
    }
}
