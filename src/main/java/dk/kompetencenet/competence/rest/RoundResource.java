package dk.kompetencenet.competence.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** Self-assessment rounds: open, answer (save and resume), progress per institution, close. */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competences")
public class RoundResource {

    @Inject
    private RoundService rounds;

    public record RoundInput(String name, Long frameworkId, List<Long> institutionIds, LocalDate opensOn,
                             LocalDate closesOn) {
    }

    public record RoundJson(Long id, String name, Long frameworkId, LocalDate opensOn, LocalDate closesOn,
                            String status, List<Long> institutionIds, long version) {
    }

    public record AnswerInput(Long competenceId, String level) {
    }

    public record ProgressJson(Long institutionId, String institution, long staff, long started, long completed,
                               long completedPercent) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a round for the staff of some institutions on a framework (coordinators)")
    public Response open(RoundInput input) {
        Requests.body(input);
        AssessmentRound round = rounds.open(input.name(), input.frameworkId(),
                input.institutionIds() == null ? Set.of() : Set.copyOf(input.institutionIds()), input.opensOn(),
                input.closesOn());
        return Response.status(Response.Status.CREATED).entity(json(round)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The rounds the caller can answer now")
    public List<RoundJson> mine() {
        return rounds.openForMe().stream().map(RoundResource::json).toList();
    }

    @GET
    @Path("{id: \\d+}")
    public RoundJson get(@PathParam("id") long id) {
        return json(rounds.get(id));
    }

    @PUT
    @Path("{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller answers one competence (again, to change it) while the round is open")
    public Response answer(@PathParam("id") long id, AnswerInput input) {
        Requests.body(input);
        rounds.answer(id, input.competenceId(), input.level());
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/answers/mine")
    @Operation(summary = "The caller's answers so far, competence id to level code")
    public Map<Long, String> myAnswers(@PathParam("id") long id) {
        return rounds.myAnswers(id);
    }

    @GET
    @Path("{id: \\d+}/progress")
    @Operation(summary = "Staff, started and completed per institution in the caller's scope")
    public List<ProgressJson> progress(@PathParam("id") long id) {
        return rounds.progress(id).stream().map(p -> new ProgressJson(p.institutionId(), p.institution(), p.staff(),
                p.started(), p.completed(), p.completedPercent())).toList();
    }

    @POST
    @Path("{id: \\d+}/close")
    @Operation(summary = "Closes the round: answers are frozen (?version= the version read)")
    public Response close(@PathParam("id") long id, @QueryParam("version") String version) {
        rounds.close(id, QueryParameters.requiredId("version", version));
        return Response.noContent().build();
    }

    private static RoundJson json(AssessmentRound r) {
        return new RoundJson(r.getId(), r.getName(), r.getFramework().getId(), r.getOpensOn(), r.getClosesOn(),
                r.getStatus().name(), r.getInstitutions().stream().map(i -> i.getId()).sorted().toList(),
                r.getVersion());
    }
}
