package dk.kompetencenet.overview.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.platform.rest.QueryParameters;

/** The initiative × institution board. */
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview")
public class BoardResource {

    private static final int MAX_PAGE = 500;

    @Inject
    private BoardService board;

    @GET
    @Operation(summary = "Every initiative of the strategy in force against the institutions in the caller's scope,"
            + " paged; each cell's progress (NOT_RELEVANT, NOTHING_YET, UNDER_WAY, IN_PLACE) and the records behind it,"
            + " keyed by initiative id")
    public Response board(@QueryParam("sector") String sector, @QueryParam("area") String area,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("100") int max) {
        QueryParameters.paging(first, max, MAX_PAGE);
        BoardService.Filter filter = new BoardService.Filter(QueryParameters.optionalEnum(Sector.class, "sector",
                sector), QueryParameters.optionalId("area", area));
        List<BoardService.Column> columns = board.columns(filter);
        List<BoardService.Row> rows = board.page(filter, columns, first, max);
        return Response.ok(BoardJson.of(columns, board.count(filter), rows), MediaType.APPLICATION_JSON).build();
    }
}
