package dk.kompetencenet.strategy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Goal;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/** The strategy, read-only, for every logged-in user. */
@Path("strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy")
public class StrategyResource {

    @Inject
    private StrategyService strategies;

    public record StrategyJson(Long id, String title, String municipality, LocalDate startDate,
                               LocalDate followUpDate, LocalDate evaluationDate, List<String> visions,
                               List<FocusAreaJson> focusAreas) {
    }

    public record FocusAreaJson(Long id, String title, String description, List<GoalJson> goals,
                                List<InitiativeJson> initiatives) {
    }

    public record GoalJson(Long id, String text, String kind) {
    }

    public record InitiativeJson(Long id, String title, String theme, String sector, String targetGroup,
                                 LocalDate followUpDate, LocalDate evaluationDate) {
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

    static StrategyJson json(Strategy s) {
        return new StrategyJson(s.getId(), s.getTitle(), s.getMunicipality(), s.getStartDate(), s.getFollowUpDate(),
                s.getEvaluationDate(), List.copyOf(s.getVisions()),
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
                i.getTargetGroup().code(), i.getFollowUpDate(), i.getEvaluationDate());
    }
}
