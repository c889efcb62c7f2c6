package dk.kompetencenet.start;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.Registrations;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.start.TaskItems.MeetingItem;
import dk.kompetencenet.training.Expiry;

/**
 * The start page's task lists, kept for the view so that an answer given in place acts on the meeting the row showed;
 * an answer goes through the meeting's own answering rules, refused if the meeting has changed since it was shown.
 */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyTasks myTasks;

    @Inject
    private Registrations registering;

    private MyTasks.Tasks tasks;

    @PostConstruct
    void load() {
        tasks = myTasks.mine();
    }

    public MyTasks.Tasks getTasks() {
        return tasks;
    }

    /** The periods the lists look ahead, for the texts of empty lists. */
    public int getMeetingWeeks() {
        return MyTasks.MEETING_WEEKS;
    }

    public int getDueDays() {
        return MyTasks.DUE_DAYS;
    }

    public int getWarningDays() {
        return Expiry.WARNING_DAYS;
    }

    public void accept(MeetingItem item) {
        answer(item, Answer.ACCEPTED);
    }

    public void decline(MeetingItem item) {
        answer(item, Answer.DECLINED);
    }

    private void answer(MeetingItem item, Answer answer) {
        try {
            registering.answer(item.meetingId(), item.version(), item.originalStart(), answer);
            Messages.info(answer == Answer.ACCEPTED ? "tasks.accepted" : "tasks.declined");
        } finally {
            load(); // after a refusal too, so that the list shows the meeting as it is now
        }
    }
}
