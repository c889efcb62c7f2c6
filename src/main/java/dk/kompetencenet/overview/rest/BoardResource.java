package dk.kompetencenet.overview.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.rest.QueryParameters;

/** The initiative × institution board. */
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview")
public class BoardResource {

    private static final int MAX_PAGE = 500;

    @Inject
    private BoardService board;

    public record ColumnJson(Long initiativeId, String code, String title, String sector) {
    }

    public record CellJson(String progress, Evidence evidence) {
    }

    public record RowJson(Long institutionId, String institution, String type, Map<String, CellJson> cells) {
    }

    public record BoardJson(List<ColumnJson> initiatives, long count, List<RowJson> rows) {
    }

    @GET
    @Operation(summary = "Every initiative of the strategy in force against the institutions in the caller's scope,"
            + " paged; each cell's progress (NOT_RELEVANT, NOTHING_YET, UNDER_WAY, IN_PLACE) and the records behind it,"
            + " keyed by initiative id")
    public BoardJson board(@QueryParam("sector") String sector, @QueryParam("area") String area,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("100") int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidInputException(Problem.inField("max", "api.error.paging", MAX_PAGE));
        }
        BoardService.Filter filter = new BoardService.Filter(QueryParameters.optionalEnum(Sector.class, "sector",
                sector), QueryParameters.optionalId("area", area));
        List<BoardService.Column> columns = board.columns(filter);
        List<RowJson> rows = board.page(filter, columns, first, max).stream().map(r -> new RowJson(r.institutionId(),
                r.institution(), r.type().name(), r.cells().entrySet().stream().collect(Collectors.toMap(
                        e -> String.valueOf(e.getKey()), e -> new CellJson(e.getValue().progress().name(),
                                e.getValue().evidence()))))).toList();
        return new BoardJson(columns.stream().map(c -> new ColumnJson(c.initiativeId(), c.code(), c.title(),
                c.sector().code())).toList(), board.count(filter), rows);
    }
}
