package dk.kompetencenet.meeting.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.CalendarImport;
import dk.kompetencenet.meeting.ImportPreview;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/**
 * Meetings from an .ics file: a preview of every event (imported or skipped, with why) that saves nothing, and the
 * import itself, which creates the importable events in one transaction and lists the skipped ones.
 */
@Path("meetings/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks and meetings")
public class MeetingImportResource {

    @Inject
    private CalendarImport calendarImport;

    @Context
    private HttpHeaders headers;

    public record InviteeJson(Long id, String name, String email) {
    }

    public record EventJson(String title, LocalDateTime firstStart, LocalDateTime firstEnd, String repeats,
                            int occurrencesComingYear, String notice, List<InviteeJson> staff,
                            List<String> notStaff) {
    }

    public record SkippedJson(int line, String title, List<String> reasons) {
    }

    public record PreviewJson(List<EventJson> events, List<SkippedJson> skipped) {
    }

    public record ImportedJson(int created, List<Long> ids, List<SkippedJson> skipped) {
    }

    @POST
    @Consumes({"text/calendar", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "With preview=true: 200 with each event of the .ics file (title, first start, repetition,"
            + " occurrences in the coming year, attendees matched to staff) and each skipped event with why; saves"
            + " nothing. Without: creates the importable events serving initiativeIds (comma-separated), inviting"
            + " networkId / institutionId / employeeIds and the attendees who are staff; 201 with ids and the skipped")
    public Response importIcs(@QueryParam("preview") boolean preview, @QueryParam("kind") String kind,
                              @QueryParam("initiativeIds") String initiativeIds,
                              @QueryParam("networkId") String networkId,
                              @QueryParam("institutionId") String institutionId,
                              @QueryParam("employeeIds") String employeeIds, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.atLine(1, "ics.error.noEvents"));
        }
        Locale locale = Requests.locale(headers);
        if (preview) {
            ImportPreview p = calendarImport.preview(content);
            return Response.ok(new PreviewJson(p.events().stream().map(e -> new EventJson(e.title(), e.firstStart(),
                    e.firstEnd(), text(locale, e.repeats()), e.comingYear(),
                    e.notice() == null ? null : text(locale, e.notice()),
                    e.staff().stream().map(s -> new InviteeJson(s.id(), s.name(), s.email())).toList(),
                    e.notStaff())).toList(), skipped(locale, p.skipped()))).build();
        }
        CalendarImport.Imported imported = calendarImport.importIcs(content,
                kind == null ? MeetingKind.OTHER : MeetingResource.kind(kind),
                MeetingResource.idList("initiativeIds", initiativeIds), new MeetingService.Invitees(
                        QueryParameters.optionalId("networkId", networkId),
                        QueryParameters.optionalId("institutionId", institutionId),
                        MeetingResource.idList("employeeIds", employeeIds)));
        return Response.status(Response.Status.CREATED).entity(new ImportedJson(imported.created().size(),
                imported.created().stream().map(s -> s.meeting().getId()).toList(),
                skipped(locale, imported.skipped()))).build();
    }

    private static List<SkippedJson> skipped(Locale locale, List<ImportPreview.Skipped> skipped) {
        return skipped.stream().map(s -> new SkippedJson(s.line(), s.title(),
                s.reasons().stream().map(r -> text(locale, r)).toList())).toList();
    }

    private static String text(Locale locale, Message message) {
        return Texts.get(locale, message);
    }
}
