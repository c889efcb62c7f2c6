package dk.kompetencenet.followup.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.followup.FollowUpReport;
import dk.kompetencenet.followup.Indicator;
import dk.kompetencenet.followup.IndicatorSnapshot;
import dk.kompetencenet.followup.ReportDocuments;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.followup.SnapshotService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.Downloads;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** Snapshots of the strategy's indicators and the follow-up report comparing two of them (JSON, PDF, XLSX). */
@Path("followup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class FollowUpResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private SnapshotService snapshots;

    public record SnapshotJson(Long id, String kind, String label, LocalDate takenOn, Instant takenAt,
                               String takenBy) {
    }

    public record SnapshotInput(String kind, String label) {
    }

    public record ValueJson(BigDecimal amount, BigDecimal total, BigDecimal percent) {
    }

    public record LineJson(String code, String label, ValueJson from, ValueJson to, BigDecimal change) {
    }

    public record PartJson(String title, List<LineJson> lines) {
    }

    public record ReportJson(String strategy, SnapshotJson from, SnapshotJson to, List<PartJson> parts) {
    }

    @GET
    @Path("snapshots")
    @Operation(summary = "The snapshots of the strategy in force, oldest first (coordinators, leaders)")
    public List<SnapshotJson> list() {
        return snapshots.snapshots().stream().map(FollowUpResource::json).toList();
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes a snapshot now (coordinators): kind BASELINE, FOLLOW_UP, EVALUATION (each once per"
            + " strategy) or ON_DEMAND, and an optional label")
    public Response take(SnapshotInput input) {
        Requests.body(input);
        IndicatorSnapshot taken = snapshots.take(QueryParameters.optionalEnum(SnapshotKind.class, "kind",
                input.kind()), input.label());
        return Response.status(Response.Status.CREATED).entity(json(taken)).build();
    }

    @GET
    @Path("report")
    @Operation(summary = "Two snapshots compared, each indicator at both and the change (default: baseline vs latest)")
    public ReportJson report(@QueryParam("from") String from, @QueryParam("to") String to) {
        FollowUpReport r = compared(from, to);
        return new ReportJson(r.strategy(), taken(r.from()), taken(r.to()), r.parts().stream().map(p ->
                new PartJson(p.title(), p.lines().stream().map(l -> new LineJson(l.code(), l.label(), value(l.from()),
                        value(l.to()), l.change())).toList())).toList());
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF, in Danish")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Downloads.attachment(ReportDocuments.pdf(compared(from, to), snapshots.effect(),
                snapshots.observations(), LocalDate.now(Zones.COPENHAGEN)), "application/pdf",
                "opfoelgning.pdf");
    }

    @GET
    @Path("report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The report as a spreadsheet (XLSX), in Danish")
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Downloads.attachment(ReportDocuments.xlsx(compared(from, to), snapshots.effect(),
                snapshots.observations()), XLSX, "opfoelgning.xlsx");
    }

    private FollowUpReport compared(String from, String to) {
        return snapshots.report(QueryParameters.optionalId("from", from), QueryParameters.optionalId("to", to));
    }

    private static SnapshotJson json(IndicatorSnapshot s) {
        return new SnapshotJson(s.getId(), s.getKind().name(), s.getLabel(), s.getTakenOn(), s.getTakenAt(),
                s.getTakenBy());
    }

    private static SnapshotJson taken(FollowUpReport.Taken t) {
        return new SnapshotJson(t.id(), t.kind().name(), t.label(), t.on(), null, null);
    }

    private static ValueJson value(Indicator i) {
        return i == null ? null : new ValueJson(i.amount(), i.total(), i.percent());
    }
}
