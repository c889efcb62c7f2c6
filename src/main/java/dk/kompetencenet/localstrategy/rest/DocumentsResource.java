package dk.kompetencenet.localstrategy.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** The municipality's view of local strategies and procedures: who lacks what, and the tallies per kind. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local strategies")
public class DocumentsResource {

    private static final int MAX_PAGE = 500;

    @Inject
    private LocalDocumentService documents;

    @Context
    private HttpHeaders headers;

    public record RowJson(Long institutionId, String institution, String type, Map<String, String> standings) {
    }

    public record PageJson(long count, List<RowJson> rows) {
    }

    public record TallyJson(String kind, String name, long required, long adopted, long reviewOverdue,
                            long inProgress, long missing) {
    }

    @GET
    @Operation(summary = "The municipality view: institutions (in the caller's scope) with the standing of each"
            + " required document; filter by sector and by a kind they lack")
    public PageJson page(@QueryParam("sector") String sector, @QueryParam("lacking") String lacking,
                         @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("100") int max) {
        QueryParameters.paging(first, max, MAX_PAGE);
        LocalDocumentService.Filter filter = new LocalDocumentService.Filter(
                QueryParameters.optionalEnum(Sector.class, "sector", sector), lacking, text);
        List<RowJson> rows = documents.page(filter, first, max).stream().map(r -> new RowJson(r.institutionId(),
                r.institution(), r.type().name(), r.standings().entrySet().stream().collect(
                        Collectors.toMap(Map.Entry::getKey, s -> s.getValue().name())))).toList();
        return new PageJson(documents.count(filter), rows);
    }

    @GET
    @Path("tallies")
    @Operation(summary = "Per kind of document: how many institutions must have it, and how many have it adopted,"
            + " overdue for review, in progress or missing")
    public List<TallyJson> tallies(@QueryParam("sector") String sector) {
        Locale locale = Requests.locale(headers);
        return documents.tallies(QueryParameters.optionalEnum(Sector.class, "sector", sector)).stream()
                .map(t -> new TallyJson(t.kind().getKey(), t.kind().name(locale), t.required(), t.adopted(),
                        t.reviewOverdue(), t.inProgress(), t.missing())).toList();
    }
}
