package dk.kompetencenet.competence.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.PlanService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.rest.Requests;

/** Development plans: goals tied to competences and initiatives, with due dates and status. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competences")
public class PlanResource {

    @Inject
    private PlanService plans;

    public record GoalInput(String description, Long competenceId, Long initiativeId, LocalDate dueOn, String status,
                            Long version) {
    }

    public record GoalJson(Long id, String description, Long competenceId, Long initiativeId, LocalDate dueOn,
                           String status, long version) {
    }

    @GET
    @Path("employees/{id: \\d+}")
    public List<GoalJson> plan(@PathParam("id") long employeeId) {
        return plans.plan(employeeId).stream().map(PlanResource::json).toList();
    }

    @POST
    @Path("employees/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a goal to a person's plan")
    public Response add(@PathParam("id") long employeeId, GoalInput input) {
        GoalInput in = Requests.body(input);
        return Response.status(Response.Status.CREATED).entity(json(plans.add(employeeId, in.description(),
                in.competenceId(), in.initiativeId(), in.dueOn()))).build();
    }

    @PUT
    @Path("goals/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GoalJson change(@PathParam("id") long id, GoalInput input) {
        GoalInput in = Requests.body(input);
        Requests.version(in.version());
        DevelopmentGoal.Status status;
        try {
            status = in.status() == null ? null : DevelopmentGoal.Status.valueOf(in.status().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.inField("status", "api.error.unknownValue", "status", in.status()));
        }
        return json(plans.change(id, in.version(), in.description(), in.competenceId(), in.initiativeId(), in.dueOn(),
                status));
    }

    private static GoalJson json(DevelopmentGoal g) {
        return new GoalJson(g.getId(), g.getDescription(), g.getCompetence() == null ? null : g.getCompetence().getId(),
                g.getInitiative() == null ? null : g.getInitiative().getId(), g.getDueOn(), g.getStatus().name(),
                g.getVersion());
    }
}
