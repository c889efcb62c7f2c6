package dk.kompetencenet.strategy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Goal;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/** The strategy, read-only, for every logged-in user; coordinators start a revised version. */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy")
public class StrategyResource {

    @Inject
    private StrategyService strategies;

    @Context
    private UriInfo uri;

    public record StrategyJson(Long id, String title, String municipality, LocalDate startDate,
                               LocalDate followUpDate, LocalDate evaluationDate, String status, Long revisedFromId,
                               List<String> visions, List<FocusAreaJson> focusAreas) {
    }

    public record VersionJson(Long id, String title, LocalDate startDate, String status, Long revisedFromId) {
    }

    /** A revision: the new version's title and start, whether links move along (default yes), the version read. */
    public record RevisionInput(String title, LocalDate startDate, Boolean carryLinks, Long version) {
    }

    public record FocusAreaJson(Long id, String title, String description, List<GoalJson> goals,
                                List<InitiativeJson> initiatives) {
    }

    public record GoalJson(Long id, String text, String kind) {
    }

    public record InitiativeJson(Long id, String title, String theme, String sector, String targetGroup,
                                 LocalDate followUpDate, LocalDate evaluationDate, Long revisedFromId) {
    }

    @GET
    @Operation(summary = "Every version of the strategy, the one in force and archived ones, newest first")
    public List<VersionJson> history() {
        return strategies.history().stream().map(s -> new VersionJson(s.getId(), s.getTitle(), s.getStartDate(),
                s.getStatus().name(), s.getRevisedFromId())).toList();
    }

    @GET
    @Path("current")
    @Operation(summary = "The strategy in force, with its visions, focus areas, goals and initiatives")
    public StrategyJson current() {
        return strategies.current().map(StrategyResource::json).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A strategy, current or earlier")
    public StrategyJson byId(@PathParam("id") long id) {
        return json(strategies.get(id));
    }

    @POST
    @Path("{id: \\d+}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts the next version of a strategy in force (coordinators): copies its visions, focus"
            + " areas, goals and initiatives under a new title and start date, archives it, and carries the links of"
            + " programmes, networks, frameworks and document kinds forward unless carryLinks is false; 201 with the"
            + " new version, 409 on a stale version")
    public Response revise(@PathParam("id") long id, RevisionInput input) {
        RevisionInput in = Requests.body(input);
        Strategy revision = strategies.revise(id, Requests.version(in.version()), in.title(), in.startDate(),
                in.carryLinks() == null || in.carryLinks());
        return Response.created(uri.getBaseUriBuilder().path("strategies").path(String.valueOf(revision.getId()))
                .build()).entity(json(revision)).build();
    }

    static StrategyJson json(Strategy s) {
        return new StrategyJson(s.getId(), s.getTitle(), s.getMunicipality(), s.getStartDate(), s.getFollowUpDate(),
                s.getEvaluationDate(), s.getStatus().name(), s.getRevisedFromId(), List.copyOf(s.getVisions()),
                s.getFocusAreas().stream().map(StrategyResource::json).toList());
    }

    private static FocusAreaJson json(FocusArea f) {
        return new FocusAreaJson(f.getId(), f.getTitle(), f.getDescription(),
                f.getGoals().stream().map(StrategyResource::json).toList(),
                f.getInitiatives().stream().map(StrategyResource::json).toList());
    }

    private static GoalJson json(Goal g) {
        return new GoalJson(g.getId(), g.getStatement(), g.getKind().name());
    }

    private static InitiativeJson json(Initiative i) {
        return new InitiativeJson(i.getId(), i.getTitle(), i.getTheme(), i.getSector().code(),
                i.getTargetGroup().code(), i.getFollowUpDate(), i.getEvaluationDate(), i.getRevisedFromId());
    }
}
