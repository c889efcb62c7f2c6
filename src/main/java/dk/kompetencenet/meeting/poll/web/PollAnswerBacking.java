package dk.kompetencenet.meeting.poll.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.poll.Availability;
import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollAnswering;
import dk.kompetencenet.meeting.poll.PollInvitee;
import dk.kompetencenet.meeting.poll.PollSlot;
import dk.kompetencenet.platform.web.Messages;

/**
 * The answer page of a personal link (no login needed; a logged-in invitee reaches it from the poll list): the poll,
 * the invitee's other meetings at each time, and one radio group per time. Showing it changes nothing; saving is a
 * POST, made on the version shown.
 */
@Named
@ViewScoped
public class PollAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollAnswering answering;

    private String token;
    private PollInvitee invitee;
    private long version;
    private final Map<Long, String> choices = new HashMap<>();
    private Map<Long, Set<String>> conflicts = Map.of();

    public void load() {
        invitee = answering.byToken(token);
        version = invitee.getVersion();
        conflicts = answering.conflicts(invitee);
        choices.clear();
        invitee.getAnswers().forEach(a -> choices.put(a.getSlot().getId(), a.getAvailability().name()));
    }

    public void save() {
        Map<Long, Availability> given = new HashMap<>();
        choices.forEach((slotId, value) -> given.put(slotId, Availability.parse("answers", value)));
        answering.answer(token, version, given);
        Messages.infoHere("poll.answered");
        load();
    }

    public Availability[] getAvailabilities() {
        return Availability.values();
    }

    /** The titles of the invitee's other meetings at the time, or empty. */
    public String conflictsAt(PollSlot slot) {
        return String.join(", ", conflicts.getOrDefault(slot.getId(), Set.of()));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PollInvitee getInvitee() {
        return invitee;
    }

    public DatePoll getPoll() {
        return invitee.getPoll();
    }

    public Map<Long, String> getChoices() {
        return choices;
    }
}
