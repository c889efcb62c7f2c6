package dk.kompetencenet.competence.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** Ratings, self-assessments, a person's history and profile. Append-only: nothing is changed or deleted. */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competences")
public class AssessmentResource {

    @Inject
    private CompetenceService competences;

    public record EvidenceJson(String instrument, String dataType, String tool, String reflection) {
    }

    public record RatingInput(Long employeeId, Long competenceId, String level, LocalDate assessedOn, String note,
                              String evidence, EvidenceJson evaluation) {
    }

    public record GridInput(LocalDate assessedOn, List<CompetenceService.Cell> cells) {
    }

    public record AssessmentJson(Long id, Long employeeId, Long competenceId, String competence, String level,
                                 String kind, String assessor, LocalDate assessedOn, String note, String evidence,
                                 EvidenceJson evaluation) {
    }

    public record StandingJson(Long competenceId, String code, String rated, LocalDate ratedOn, String self,
                               String target, Integer gap) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A rating by a supervisor, leader or coordinator (employeeId) or a self-assessment (no employeeId)")
    public Response assess(RatingInput input) {
        Requests.body(input);
        Assessment a = input.employeeId() == null
                ? competences.assessSelf(input.competenceId(), input.level(), input.note(), evaluation(input.evaluation()))
                : competences.rate(input.employeeId(), input.competenceId(), input.level(), input.assessedOn(),
                        input.note(), input.evidence(), evaluation(input.evaluation()));
        return Response.status(Response.Status.CREATED).entity(json(a)).build();
    }

    @POST
    @Path("grid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ratings for many people and competences in one transaction; one bad cell saves none")
    public Map<String, Integer> grid(GridInput input) {
        Requests.body(input);
        return Map.of("saved", competences.rateGrid(input.cells(), input.assessedOn()));
    }

    @GET
    @Path("employees/{id: \\d+}")
    @Operation(summary = "A person's assessments, newest first; optionally of one competence")
    public List<AssessmentJson> history(@PathParam("id") long employeeId, @QueryParam("competence") String competence) {
        return competences.history(employeeId, QueryParameters.optionalId("competence", competence)).stream()
                .map(AssessmentResource::json).toList();
    }

    @GET
    @Path("employees/{id: \\d+}/profile")
    @Operation(summary = "Current level (latest rating), latest self-assessment, target and gap per competence")
    public List<StandingJson> profile(@PathParam("id") long employeeId, @QueryParam("framework") String framework) {
        return competences.profile(employeeId, QueryParameters.requiredId("framework", framework)).stream()
                .map(s -> new StandingJson(s.competence().getId(), s.competence().getCode(),
                        s.rated() == null ? null : s.rated().getCode(), s.ratedOn(),
                        s.self() == null ? null : s.self().getCode(), s.target() == null ? null : s.target().getCode(),
                        s.gap())).toList();
    }

    private static Assessment.EvaluationEvidence evaluation(EvidenceJson json) {
        if (json == null) {
            return null;
        }
        Assessment.DataType type = null;
        if (json.dataType() != null) {
            try {
                type = Assessment.DataType.valueOf(json.dataType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Problem.inField("dataType", "api.error.unknownValue", "dataType",
                        json.dataType()));
            }
        }
        return new Assessment.EvaluationEvidence(json.instrument(), type, json.tool(), json.reflection());
    }

    private static AssessmentJson json(Assessment a) {
        var e = a.getEvaluationEvidence();
        return new AssessmentJson(a.getId(), a.getEmployee().getId(), a.getCompetence().getId(),
                a.getCompetence().getCode(), a.getLevel().getCode(), a.getKind().name(), a.getAssessor(),
                a.getAssessedOn(), a.getNote(), a.getEvidence(), e == null ? null : new EvidenceJson(e.instrument(),
                        e.dataType() == null ? null : e.dataType().name(), e.tool(), e.reflection()));
    }
}
