package dk.kompetencenet.meeting.poll.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollResults;
import dk.kompetencenet.meeting.poll.PollService;
import dk.kompetencenet.platform.web.Messages;

/** A poll's answers for its organiser: the tally per time, each invitee's answers and conflicts, and the choice. */
@Named
@ViewScoped
public class PollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private PollResults results;

    private Long id;
    private DatePoll poll;
    private List<PollResults.Tally> tally;
    private List<PollResults.Row> rows;

    public void load() {
        poll = polls.get(id);
        tally = results.tally(id);
        rows = results.rows(id);
    }

    /** Turns the time into the meeting, and opens it. */
    public String choose(Long slotId) {
        Meeting meeting = polls.convert(id, poll.getVersion(), slotId);
        Messages.info("poll.converted");
        return "/meeting/meeting.xhtml?faces-redirect=true&id=" + meeting.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DatePoll getPoll() {
        return poll;
    }

    public List<PollResults.Tally> getTally() {
        return tally;
    }

    public List<PollResults.Row> getRows() {
        return rows;
    }
}
