package dk.kompetencenet.privacy.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.audit.AuditCsv;
import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditSearch;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** The audit log for administrators, filtered and paged, or as CSV ({@code /api/audit.csv}, every matching entry). */
@Path("audit{format: (\\.csv)?}")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Personal data")
public class AuditResource {

    static final int MAX_PAGE = 1000;

    /** The CSV's columns, as message keys. */
    public static final List<String> COLUMNS = List.of("audit.when", "audit.who", "audit.what", "audit.entityType",
            "audit.entityId", "audit.subject", "audit.details");

    @Inject
    private AuditSearch search;

    public record EntryJson(Long id, Instant occurredAt, String actor, String action, String entityType,
                            Long entityId, Long subjectId, String details) {
    }

    @GET
    @Operation(summary = "Audit entries, newest first, filtered by actor (login name), entityType, action, from/to"
            + " (dates, both included) and employee (the id of the person they are about); paged with first/max, total"
            + " in X-Total-Count; with .csv every matching entry as CSV (administrators)")
    public Response entries(@PathParam("format") String format, @QueryParam("actor") String actor,
                            @QueryParam("entityType") String entityType, @QueryParam("action") String action,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("employee") String employee,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("100") int max, @Context HttpHeaders headers) {
        AuditSearch.Filter filter = new AuditSearch.Filter(actor, entityType, action,
                QueryParameters.optionalDate("from", from), QueryParameters.optionalDate("to", to),
                QueryParameters.optionalId("employee", employee));
        long count = search.count(filter);
        if (".csv".equals(format)) {
            return csv(filter, Requests.locale(headers));
        }
        QueryParameters.paging(first, max, MAX_PAGE);
        List<EntryJson> rows = search.page(filter, first, max).stream().map(e -> new EntryJson(e.getId(),
                e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getSubjectId(),
                e.getDetails())).toList();
        return Response.ok(rows, MediaType.APPLICATION_JSON).header("X-Total-Count", count).build();
    }

    private Response csv(AuditSearch.Filter filter, Locale locale) {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF'); // so that Excel reads UTF-8
            AuditCsv csv = new AuditCsv(writer, COLUMNS.stream().map(k -> Texts.get(locale, k)).toList());
            for (int first = 0; ; first += MAX_PAGE) {
                List<AuditEntry> page = search.page(filter, first, MAX_PAGE);
                for (AuditEntry entry : page) {
                    csv.write(entry);
                }
                if (page.size() < MAX_PAGE) {
                    break;
                }
            }
            csv.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }
}
