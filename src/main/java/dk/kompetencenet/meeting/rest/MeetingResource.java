package dk.kompetencenet.meeting.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.MeetingCalendar;
import dk.kompetencenet.meeting.SeriesEditing;
import dk.kompetencenet.meeting.Registrations;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/**
 * Meetings and series. Times are local date-times in Europe/Copenhagen ({@code 2026-10-01T14:00}); an occurrence is
 * named by its original start. Scheduling answers with warnings (busy invitees, booked room, holidays) but saves.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks and meetings")
public class MeetingResource {

    @Inject
    private MeetingService meetings;

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private Registrations registrations;

    @Inject
    private SeriesEditing series;

    @Inject
    private MeetingCalendar calendars;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    public record MeetingInput(String title, String kind, LocalDateTime start, LocalDateTime end, String location,
                               String room, String agenda, String rrule, Integer capacity, List<Long> initiativeIds,
                               Long networkId, Long institutionId, List<Long> employeeIds, Long version,
                               List<Long> competenceIds) {
    }

    public record Created(Long id, List<String> warnings) {
    }

    public record OccurrenceJson(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end, boolean moved) {
    }

    public record MeetingJson(Long id, String uid, String title, String kind, LocalDateTime start, LocalDateTime end,
                              String location, String room, String agenda, String rrule, Integer capacity,
                              boolean cancelled, Long networkId, String organiser, List<Long> initiativeIds,
                              List<OccurrenceJson> occurrences, int invited, long version, boolean editable,
                              List<Long> competenceIds) {
    }

    public record EntryJson(Long meetingId, String title, String kind, LocalDateTime originalStart,
                            LocalDateTime start, LocalDateTime end, String location, boolean moved) {
    }

    public record MoveInput(LocalDateTime start, LocalDateTime end, Long version) {
    }

    public record AnswerInput(LocalDateTime occurrence, String answer) {
    }

    public record RegistrationInput(Long employeeId) {
    }

    public record RegistrationJson(Long employeeId, String name, String status) {
    }

    public record MinutesInput(String minutes, Long version) {
    }

    public record ActionItemInput(String description, Long ownerId, LocalDate dueOn) {
    }

    public record ActionItemJson(Long id, String description, String owner, LocalDate dueOn, boolean done,
                                 Long meetingId, LocalDateTime occurrence) {
    }

    @GET
    @Operation(summary = "The caller's meetings between from and to (default: the coming 90 days), occurrence by occurrence")
    public List<EntryJson> mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDateTime start = from == null ? LocalDate.now().atStartOfDay() : dateTime("from", from);
        LocalDateTime end = to == null ? start.plusDays(90) : dateTime("to", to);
        return calendars.myCalendar(start, end).stream().map(e -> new EntryJson(e.meetingId(), e.title(),
                e.kind().name(), e.originalStart(), e.start(), e.end(), e.location(), e.moved())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedules a meeting or series (rrule) for a network (networkId), an institution's staff"
            + " (institutionId) and/or chosen people (employeeIds); 201 with the id and any warnings")
    public Response create(MeetingInput input) {
        MeetingInput in = Requests.body(input);
        var scheduled = meetings.schedule(details(in), ids(in.initiativeIds()), ids(in.competenceIds()),
                new MeetingService.Invitees(in.networkId(), in.institutionId(), ids(in.employeeIds())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(scheduled.meeting().getId())).build())
                .entity(new Created(scheduled.meeting().getId(), text(scheduled.warnings()))).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A meeting or series with its occurrences and the version to send back when changing it")
    public MeetingJson get(@PathParam("id") long id) {
        Meeting m = meetings.get(id);
        return new MeetingJson(m.getId(), m.getUid(), m.getTitle(), m.getKind().name(), m.getStartAt(), m.getEndAt(),
                m.getLocation(), m.getRoom(), m.getAgenda(), m.getRrule(), m.getCapacity(), m.isCancelled(),
                m.getNetwork() == null ? null : m.getNetwork().getId(), m.getOrganiser().getFullName(),
                m.getInitiatives().stream().map(i -> i.getId()).sorted().toList(),
                m.occurrences().stream().map(MeetingResource::json).toList(), (int) meetings.invitationCount(m),
                m.getVersion(), meetings.canEdit(m),
                m.getCompetences().stream().map(c -> c.getId()).sorted().toList());
    }

    @GET
    @Path("{id: \\d+}.ics")
    @Produces("text/calendar; charset=UTF-8")
    @Operation(summary = "The meeting or series as an iCalendar file")
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendars.ics(id))
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the whole meeting or series; invitees and answers are kept; 409 on a stale version")
    public Created update(@PathParam("id") long id, MeetingInput input) {
        MeetingInput in = Requests.body(input);
        var scheduled = meetings.update(id, Requests.version(in.version()), details(in), ids(in.initiativeIds()));
        return new Created(id, text(scheduled.warnings()));
    }

    @PUT
    @Path("{id: \\d+}/occurrences/{occurrence}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes this occurrence and all after it: a new series takes over from it, keeping invitees"
            + " and answers; without an rrule it keeps the old rule for the remaining occurrences; 201 with its id")
    public Response updateFollowing(@PathParam("id") long id, @PathParam("occurrence") String occurrence,
                                    MeetingInput input) {
        MeetingInput in = Requests.body(input);
        var scheduled = series.updateFollowing(id, Requests.version(in.version()), dateTime("occurrence", occurrence),
                details(in), ids(in.initiativeIds()));
        return Response.status(Response.Status.CREATED)
                .entity(new Created(scheduled.meeting().getId(), text(scheduled.warnings()))).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Cancels the meeting or the whole series (invitees get a cancellation)")
    public Response cancel(@PathParam("id") long id, @QueryParam("version") String version) {
        meetings.cancel(id, Requests.version(QueryParameters.requiredId("version", version)));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/occurrences/{occurrence}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Holds one occurrence at another time")
    public Created move(@PathParam("id") long id, @PathParam("occurrence") String occurrence, MoveInput input) {
        Requests.body(input);
        var scheduled = series.moveOccurrence(id, Requests.version(input.version()), dateTime("occurrence", occurrence),
                input.start(), input.end());
        return new Created(id, text(scheduled.warnings()));
    }

    @DELETE
    @Path("{id: \\d+}/occurrences/{occurrence}")
    @Operation(summary = "Cancels one occurrence of a series")
    public Response cancelOccurrence(@PathParam("id") long id, @PathParam("occurrence") String occurrence,
                                     @QueryParam("version") String version) {
        series.cancelOccurrence(id, Requests.version(QueryParameters.requiredId("version", version)),
                dateTime("occurrence", occurrence));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller answers (accepted, tentative, declined) for one occurrence, or all coming ones")
    public Response answer(@PathParam("id") long id, AnswerInput input) {
        if (input == null || input.answer() == null) {
            throw new InvalidInputException(Problem.inField("answer", "meeting.error.answerRequired"));
        }
        Answer answer = Arrays.stream(Answer.values()).filter(a -> a.name().equalsIgnoreCase(input.answer().trim()))
                .findFirst().orElseThrow(() -> new InvalidInputException(
                        Problem.inField("answer", "meeting.error.answerRequired")));
        registrations.answer(id, input.occurrence(), answer);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/registrations")
    @Operation(summary = "Registrations for a theme meeting, in order (seats first come, then the waiting list)")
    public List<RegistrationJson> registrations(@PathParam("id") long id) {
        return registrations.registrationList(id).stream()
                .map(r -> new RegistrationJson(r.employeeId(), r.name(), r.status().name())).toList();
    }

    @POST
    @Path("{id: \\d+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers the caller (or, for organisers, employeeId) for a theme meeting")
    public Map<String, String> register(@PathParam("id") long id, RegistrationInput input) {
        return Map.of("status", registrations.register(id, input == null ? null : input.employeeId()).name());
    }

    @DELETE
    @Path("{id: \\d+}/registrations")
    @Operation(summary = "Cancels the caller's (or employeeId's) registration; the first on the waiting list moves up")
    public Response unregister(@PathParam("id") long id, @QueryParam("employeeId") String employeeId) {
        registrations.cancelRegistration(id, QueryParameters.optionalId("employeeId", employeeId));
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/occurrences/{occurrence}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records attendance as a JSON object from employee id to PRESENT, ABSENT or EXCUSED")
    public Response attendance(@PathParam("id") long id, @PathParam("occurrence") String occurrence,
                               Map<String, String> statuses) {
        Map<Long, AttendanceStatus> parsed = new HashMap<>();
        (statuses == null ? Map.<String, String>of() : statuses).forEach((k, v) -> parsed.put(
                QueryParameters.requiredId("employeeId", k), Arrays.stream(AttendanceStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(v == null ? "" : v.trim())).findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                Problem.inField("attendance", "meeting.error.attendanceStatus", v)))));
        afterMeeting.recordAttendance(id, dateTime("occurrence", occurrence), parsed);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: \\d+}/occurrences/{occurrence}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes the minutes of one occurrence")
    public Response minutes(@PathParam("id") long id, @PathParam("occurrence") String occurrence, MinutesInput input) {
        Requests.body(input);
        afterMeeting.writeMinutes(id, input.version() == null ? 0 : input.version(), dateTime("occurrence", occurrence),
                input.minutes());
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/occurrences/{occurrence}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an action item with owner and due date")
    public Response addActionItem(@PathParam("id") long id, @PathParam("occurrence") String occurrence,
                                  ActionItemInput input) {
        Requests.body(input);
        var item = afterMeeting.addActionItem(id, dateTime("occurrence", occurrence), input.description(), input.ownerId(),
                input.dueOn());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", item.getId())).build();
    }

    @GET
    @Path("{id: \\d+}/occurrences/{occurrence}/action-items")
    @Operation(summary = "Action items of one occurrence: agreed there, and open ones carried from earlier meetings")
    public Map<String, List<ActionItemJson>> actionItems(@PathParam("id") long id,
                                                         @PathParam("occurrence") String occurrence) {
        LocalDateTime at = dateTime("occurrence", occurrence);
        return Map.of("agreed", afterMeeting.actionItemsAt(id, at).stream().map(MeetingResource::json).toList(),
                "open", afterMeeting.openActionItemsBefore(id, at).stream().map(MeetingResource::json).toList());
    }

    private static ActionItemJson json(dk.kompetencenet.meeting.ActionItem a) {
        return new ActionItemJson(a.getId(), a.getDescription(), a.getOwner() == null ? null : a.getOwner().getFullName(),
                a.getDueOn(), a.isDone(), a.getMeeting().getId(), a.getOccurrenceStart());
    }

    private static OccurrenceJson json(Occurrence o) {
        return new OccurrenceJson(o.originalStart(), o.start(), o.end(), o.moved());
    }

    private static Meeting.Details details(MeetingInput in) {
        return new Meeting.Details(in.kind() == null ? null : kind(in.kind()), in.title(), in.agenda(), in.location(),
                in.room(), in.start(), in.end(), in.rrule(), in.capacity());
    }

    static MeetingKind kind(String text) {
        String k = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (k) {
            case "NETWORK", "NETWORK_MEETING", "NETVÆRKSMØDE" -> MeetingKind.NETWORK_MEETING;
            case "THEME", "THEME_MEETING", "TEMAMØDE" -> MeetingKind.THEME_MEETING;
            case "OTHER", "ANDET" -> MeetingKind.OTHER;
            default -> throw new InvalidInputException(Problem.inField("kind", "meeting.error.kind", text));
        };
    }

    static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids.stream().filter(java.util.Objects::nonNull).toList());
    }

    static Set<Long> idList(String name, String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> QueryParameters.requiredId(name, s)).collect(Collectors.toSet());
    }

    private static LocalDateTime dateTime(String name, String text) {
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.inField(name, "api.error.dateTime", name, text));
        }
    }

    private List<String> text(List<dk.kompetencenet.platform.i18n.Message> warnings) {
        var locale = Requests.locale(headers);
        return warnings.stream().map(w -> Texts.get(locale, w)).toList();
    }
}
