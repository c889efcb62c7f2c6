package dk.kompetencenet.meeting.poll.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollInvitee;
import dk.kompetencenet.meeting.poll.PollService;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** The list of date polls: those the caller runs, and those they are asked in (with their own answer link). */
@Named
@RequestScoped
public class PollsBacking {

    @Inject
    private PollService polls;

    @Inject
    private Caller caller;

    private List<DatePoll> managed;
    private List<PollInvitee> asked;

    public List<DatePoll> getManaged() {
        if (managed == null) {
            managed = polls.managed();
        }
        return managed;
    }

    public List<PollInvitee> getAsked() {
        if (asked == null) {
            asked = polls.asked();
        }
        return asked;
    }

    /** Whether the caller may propose times (as {@link PollService#create} lets in). */
    public boolean isCanCreate() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR)
                && caller.employeeId().isPresent();
    }
}
