package dk.kompetencenet.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.training.TrainingService;

/** An institution's supervisor coverage. */
@Path("institutions/{id: \\d+}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class CoverageResource {

    @Inject
    private TrainingService training;

    public record CoverageJson(Long institutionId, String institution, long trained, long inTraining, String flag) {

        static CoverageJson of(TrainingService.Coverage c) {
            return new CoverageJson(c.institutionId(), c.institution(), c.trained(), c.inTraining(), c.flag().name());
        }
    }

    @GET
    @Operation(summary = "Trained supervisors, those in training, and a flag: NO_SUPERVISOR, SINGLE_SUPERVISOR, COVERED")
    public CoverageJson coverage(@PathParam("id") long id) {
        return CoverageJson.of(training.coverage(id));
    }
}
