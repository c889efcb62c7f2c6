package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.CalendarReplies;
import dk.kompetencenet.meeting.Invitation;
import dk.kompetencenet.meeting.InvitationAnswer;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.Registrations;
import dk.kompetencenet.meeting.RegistrationStatus;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.web.Messages;

/** A meeting or series: its occurrences, the caller's answers, registration for theme meetings, and the editor's tools. */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private Registrations registering;

    @Inject
    private CalendarReplies calendarReplies;

    @Inject
    private Caller caller;

    private Long id;
    private Meeting meeting;
    private boolean editable;
    private List<Occurrence> occurrences;
    private Map<LocalDateTime, Answer> myAnswers = Map.of();
    private boolean invited;
    private List<Registrations.RegistrationRow> registrations = List.of();
    private int invitedCount;
    private List<CalendarReplies.ProposalRow> proposals = List.of();

    public void load() {
        meeting = meetings.get(id);
        editable = meetings.canEdit(meeting);
        occurrences = meeting.occurrences();
        List<Invitation> invitations = meetings.invitations(meeting);
        invitedCount = invitations.size();
        Optional<Invitation> mine = caller.employeeId().flatMap(me -> invitations.stream()
                .filter(i -> i.getEmployee().getId().equals(me)).findFirst());
        invited = mine.isPresent();
        myAnswers = mine.map(i -> i.getAnswers().stream().collect(Collectors.toMap(InvitationAnswer::getOccurrenceStart,
                InvitationAnswer::getAnswer))).orElse(Map.of());
        if (meeting.getKind() == MeetingKind.THEME_MEETING) {
            registrations = registering.registrationList(id);
        }
        proposals = editable ? calendarReplies.proposals(id) : List.of();
    }

    public String answer(LocalDateTime occurrence, Answer answer) {
        registering.answer(id, occurrence, answer);
        Messages.info("meeting.answered");
        return reload();
    }

    public String register() {
        RegistrationStatus status = registering.register(id, null);
        Messages.info(status == RegistrationStatus.REGISTERED ? "meeting.registered" : "meeting.waitingListed");
        return reload();
    }

    public String unregister() {
        registering.cancelRegistration(id, null);
        Messages.info("meeting.unregistered");
        return reload();
    }

    public String cancel() {
        meetings.cancel(id, meeting.getVersion());
        Messages.info("meeting.cancelledMessage");
        return reload();
    }

    private String reload() {
        return "/meeting/meeting.xhtml?faces-redirect=true&id=" + id;
    }

    public Answer myAnswer(LocalDateTime occurrence) {
        return myAnswers.get(occurrence);
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    /** The caller's own registration, if any. */
    public RegistrationStatus getMyRegistration() {
        Long me = caller.employeeId().orElse(-1L);
        return registrations.stream().filter(r -> r.employeeId().equals(me)).map(Registrations.RegistrationRow::status)
                .filter(s -> s != RegistrationStatus.CANCELLED).findFirst().orElse(null);
    }

    public long getSeatsTaken() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<Occurrence> getOccurrences() {
        return occurrences;
    }

    public boolean isInvited() {
        return invited;
    }

    public List<Registrations.RegistrationRow> getRegistrations() {
        return registrations;
    }

    /** New times invitees proposed from their calendar programs; for those who may edit the meeting. */
    public List<CalendarReplies.ProposalRow> getProposals() {
        return proposals;
    }

    public int getInvitedCount() {
        return invitedCount;
    }
}
