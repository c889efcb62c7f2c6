package dk.kompetencenet.overview.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.overview.observations.Observations;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** The capacity-building overview, with the same figures as its pages, scoped by role. */
@Path("overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview")
public class OverviewResource {

    @Inject
    private OverviewService overview;

    @Inject
    private Observations observations;

    @Context
    private HttpHeaders headers;

    public record CoverageJson(long none, long single, long covered, long trained, long inTraining) {
    }

    /** An area's levels; the averages are absent (unknown) where no one is rated or has a target. */
    public record AreaJson(Long areaId, String code, String name, long ratings, Double averageRank, long withTarget,
                           Double averageTargetRank, long atTarget) {
    }

    public record ParticipationJson(String kind, long recorded, long present) {
    }

    public record DocumentsJson(String kind, long required, long adopted, long reviewOverdue, long inProgress,
                                long missing) {
    }

    public record RoundJson(Long roundId, String name, String status, long respondents, boolean shown,
                            Map<String, Double> averageRankPerArea) {
    }

    public record OverviewJson(String scope, long institutions, long staff, CoverageJson coverage, Long frameworkId,
                               String framework, List<AreaJson> levels, long evaluationRated, long leaders,
                               long leadersDataRated, List<ParticipationJson> participation,
                               List<DocumentsJson> documents, Map<String, Long> goals, List<RoundJson> rounds,
                               int minGroup) {
    }

    @GET
    @Path("municipality")
    @Operation(summary = "The whole municipality (coordinators): supervisor coverage, current levels per area against"
            + " targets, evaluation- and data-competence coverage, participation, local documents, development goals and"
            + " self-assessment rounds (averages only for groups of at least minGroup people)")
    public OverviewJson municipality(@QueryParam("framework") String framework) {
        return json(overview.municipality(QueryParameters.optionalId("framework", framework)));
    }

    @GET
    @Path("institutions/{id: \\d+}")
    @Operation(summary = "The same figures for one institution (its leaders, coordinators)")
    public OverviewJson institution(@PathParam("id") long id, @QueryParam("framework") String framework) {
        return json(overview.institution(id, QueryParameters.optionalId("framework", framework)));
    }

    /** One thing the data shows: its kind, its sentence in the request's language, its numbers and where to act. */
    public record ObservationJson(String kind, String text, List<Number> numbers, String link) {
    }

    @GET
    @Path("observations")
    @Operation(summary = "What the municipality's data shows (coordinators): lone supervisors whose designation ends"
            + " soon, areas that fell between two rounds, initiatives not started anywhere after a year, networks"
            + " whose attendance dropped; each with its sentence in the request's language and the numbers behind it")
    public List<ObservationJson> observations(@QueryParam("framework") String framework) {
        Long id = QueryParameters.optionalId("framework", framework);
        return observations(observations.of(null, overview.municipality(id)));
    }

    @GET
    @Path("institutions/{id: \\d+}/observations")
    @Operation(summary = "The same observations for one institution (its leaders, coordinators)")
    public List<ObservationJson> observations(@PathParam("id") long id, @QueryParam("framework") String framework) {
        Long frameworkId = QueryParameters.optionalId("framework", framework);
        return observations(observations.of(id, overview.institution(id, frameworkId)));
    }

    private List<ObservationJson> observations(List<Observation> all) {
        Locale locale = Requests.locale(headers);
        return all.stream().map(o -> new ObservationJson(o.key().substring(o.key().indexOf('.') + 1),
                o.text(locale), o.arguments().stream().filter(Number.class::isInstance).map(Number.class::cast)
                        .toList(), o.link())).toList();
    }

    private OverviewJson json(OverviewService.Figures f) {
        Locale locale = Requests.locale(headers);
        OverviewService.Coverage c = f.coverage();
        return new OverviewJson(f.scope(), f.institutionCount(), f.staff(),
                new CoverageJson(c.none(), c.single(), c.covered(), c.trained(), c.inTraining()),
                f.framework().getId(), f.framework().name(locale),
                f.levels().stream().map(l -> new AreaJson(l.area().getId(), l.area().getCode(), l.area().in(locale),
                        l.ratings(), l.averageRank(), l.withTarget(), l.averageTargetRank(), l.atTarget())).toList(),
                f.evaluationRated(), f.leaders(), f.leadersDataRated(),
                f.participation().stream().map(p -> new ParticipationJson(p.kind().name(), p.recorded(), p.present()))
                        .toList(),
                f.documents().stream().map(t -> new DocumentsJson(t.kind().getKey(), t.required(), t.adopted(),
                        t.reviewOverdue(), t.inProgress(), t.missing())).toList(),
                f.goals().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)),
                f.rounds().stream().map(r -> new RoundJson(r.roundId(), r.name(), r.status().name(), r.respondents(),
                        r.shown(), r.averageRankPerArea().entrySet().stream().collect(Collectors.toMap(
                                e -> String.valueOf(e.getKey()), Map.Entry::getValue)))).toList(),
                f.minGroup());
    }
}
