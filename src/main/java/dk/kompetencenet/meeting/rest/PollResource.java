package dk.kompetencenet.meeting.rest;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.poll.Availability;
import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollAnswering;
import dk.kompetencenet.meeting.poll.PollDraft;
import dk.kompetencenet.meeting.poll.PollInvitee;
import dk.kompetencenet.meeting.poll.PollResults;
import dk.kompetencenet.meeting.poll.PollService;
import dk.kompetencenet.platform.rest.Requests;

/**
 * Date polls: proposing times, the tally per time, the caller's own answers, and turning the chosen time into the
 * meeting. Times are local date-times in Europe/Copenhagen. Invitees without a login answer on the page of their
 * personal link.
 */
@Path("polls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks and meetings")
public class PollResource {

    @Inject
    private PollService polls;

    @Inject
    private PollResults results;

    @Inject
    private PollAnswering answering;

    @Context
    private UriInfo uri;

    public record SlotInput(LocalDateTime start, LocalDateTime end) {
    }

    public record PollInput(String kind, String title, String location, Long networkId, List<Long> initiativeIds,
                            List<Long> competenceIds, List<SlotInput> slots, Long institutionId,
                            List<Long> employeeIds) {
    }

    public record TallyJson(Long slotId, LocalDateTime start, LocalDateTime end, long yes, long ifNeedBe, long no,
                            long notAnswered) {
    }

    public record PollJson(Long id, String title, String kind, List<Long> competenceIds, boolean closed,
                           Long chosenSlotId, Long meetingId, long version, List<TallyJson> tally) {
    }

    public record AnswerInput(Long slotId, String answer) {
    }

    public record AnswersInput(Long version, List<AnswerInput> answers) {
    }

    public record ChoiceInput(Long slotId, Long version) {
    }

    public record Created(Long id) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Proposes times for a network or theme meeting and mails each invitee their answer link; 201")
    public Response create(PollInput input) {
        PollInput in = Requests.body(input);
        List<PollDraft.Slot> slots = in.slots() == null ? List.of()
                : in.slots().stream().map(s -> s == null ? null : new PollDraft.Slot(s.start(), s.end())).toList();
        DatePoll poll = polls.create(new PollDraft(in.kind() == null ? null : MeetingResource.kind(in.kind()),
                in.title(), in.location(), in.networkId(), MeetingResource.ids(in.initiativeIds()),
                MeetingResource.ids(in.competenceIds()), slots, in.institutionId(),
                MeetingResource.ids(in.employeeIds())), uri.getBaseUri().resolve("..").toString());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(poll.getId())).build())
                .entity(new Created(poll.getId())).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A poll with its tally per time (for its organiser, the network's runners, coordinators)")
    public PollJson get(@PathParam("id") long id) {
        DatePoll poll = polls.get(id);
        return new PollJson(poll.getId(), poll.getTitle(), poll.getKind().name(),
                poll.getCompetences().stream().map(c -> c.getId()).sorted().toList(), poll.isClosed(),
                poll.getChosenSlot() == null ? null : poll.getChosenSlot().getId(),
                poll.getMeeting() == null ? null : poll.getMeeting().getId(), poll.getVersion(),
                results.tally(id).stream().map(t -> new TallyJson(t.slot().getId(), t.slot().getStartAt(),
                        t.slot().getEndAt(), t.yes(), t.ifNeedBe(), t.no(), t.notAnswered())).toList());
    }

    @PUT
    @Path("{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's own answers (YES, IF_NEED_BE, NO per time); 409 on a stale version")
    public Response answer(@PathParam("id") long id, AnswersInput input) {
        AnswersInput in = Requests.body(input);
        PollInvitee me = answering.mine(id);
        Map<Long, Availability> given = new LinkedHashMap<>();
        for (AnswerInput a : in.answers() == null ? List.<AnswerInput>of() : in.answers()) {
            given.put(a.slotId(), Availability.parse("answer", a.answer()));
        }
        answering.answer(me.getToken(), Requests.version(in.version()), given);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/answers")
    @Operation(summary = "The version of the caller's own answers, to send back with them")
    public Map<String, Long> myVersion(@PathParam("id") long id) {
        return Map.of("version", answering.mine(id).getVersion());
    }

    @POST
    @Path("{id: \\d+}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns the chosen time into the meeting (invitations sent) and closes the poll; 201")
    public Response choose(@PathParam("id") long id, ChoiceInput input) {
        ChoiceInput in = Requests.body(input);
        Meeting meeting = polls.convert(id, Requests.version(in.version()), in.slotId());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(meeting.getId())).build())
                .entity(new Created(meeting.getId())).build();
    }
}
