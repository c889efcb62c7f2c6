package dk.kompetencenet.competence.gaps.rest;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** Gap-driven planning: the competences furthest below target, and whom a theme meeting on one would invite. */
@Path("gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview")
public class GapResource {

    @Inject
    private GapService gaps;

    @Context
    private HttpHeaders headers;

    public record GapJson(Long competenceId, String code, String name, String jobRole, long rated, double averageRank,
                          int targetRank, long belowTarget, double averageShortfall, long selfAnswers,
                          Double selfAverage) {
    }

    @GET
    @Operation(summary = "Competences with the largest average distance below the job roles' targets (coordinators:"
            + " the municipality; leaders: their institutions), by sector, area, institution and job role; groups below"
            + " the privacy minimum are left out; selfAverage is absent for fewer than the minimum answers; area is one"
            + " of /api/gaps/areas (else 400)")
    public List<GapJson> list(@QueryParam("framework") String framework, @QueryParam("sector") String sector,
                              @QueryParam("area") String area, @QueryParam("institution") String institution,
                              @QueryParam("jobRole") String jobRole) {
        Locale locale = Requests.locale(headers);
        return gaps.gaps(filter(framework, sector, area, institution, jobRole)).stream().map(g -> new GapJson(
                g.competenceId(), g.code(), g.in(locale), g.jobRole().name(), g.rated(), g.averageRank(),
                g.targetRank(), g.belowTarget(), g.averageShortfall(), g.selfAnswers(), g.selfAverage())).toList();
    }

    @GET
    @Path("{competence: \\d+}/invitees")
    @Operation(summary = "The ids of the people in view furthest below target on the competence, at most 30")
    public List<Long> invitees(@PathParam("competence") long competence, @QueryParam("sector") String sector,
                               @QueryParam("area") String area, @QueryParam("institution") String institution,
                               @QueryParam("jobRole") String jobRole) {
        return gaps.largestGaps(competence, filter(null, sector, area, institution, jobRole));
    }

    @GET
    @Path("areas")
    @Operation(summary = "The areas (institution groups) of the institutions in the caller's view, for the area filter")
    public List<String> areas() {
        return gaps.areas();
    }

    private static GapService.Filter filter(String framework, String sector, String area, String institution,
                                            String jobRole) {
        return new GapService.Filter(QueryParameters.optionalId("framework", framework),
                QueryParameters.optionalEnum(Sector.class, "sector", sector),
                area == null || area.isBlank() ? null : area.strip(),
                QueryParameters.optionalId("institution", institution),
                QueryParameters.optionalEnum(JobRole.class, "jobRole", jobRole));
    }
}
