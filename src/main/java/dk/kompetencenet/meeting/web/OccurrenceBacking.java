package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.ActionItem;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingOccurrence;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.SeriesEditing;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;

/**
 * One occurrence, for those who run the meeting: who came, the minutes, action items (agreed here and still open from
 * earlier meetings), and moving or cancelling just this occurrence.
 */
@Named
@ViewScoped
public class OccurrenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private SeriesEditing series;

    private Long id;
    private String at;
    private LocalDateTime originalStart;
    private Meeting meeting;
    private Occurrence occurrence;
    private List<AfterMeeting.InviteeStatus> invitees;
    private Map<Long, String> attendance = new HashMap<>();
    private String minutes;
    private long minutesVersion;
    private List<ActionItem> open;
    private List<ActionItem> agreed;
    private String newItem;
    private Long newItemOwner;
    private LocalDate newItemDue;
    private MeetingTime moveTime;

    public void load() {
        try {
            originalStart = LocalDateTime.parse(at);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new NotFoundException();
        }
        meeting = meetings.get(id);
        if (!meetings.canEdit(meeting)) {
            throw new AccessDeniedException();
        }
        occurrence = meeting.occurrence(originalStart).orElseThrow(NotFoundException::new);
        invitees = afterMeeting.invitees(id, originalStart);
        invitees.forEach(i -> attendance.put(i.employeeId(), i.attendance() == null ? null : i.attendance().name()));
        MeetingOccurrence record = meeting.getOccurrenceRecords().stream()
                .filter(o -> o.getOriginalStart().equals(originalStart)).findFirst().orElse(null);
        minutes = record == null ? null : record.getMinutes();
        minutesVersion = record == null ? 0 : record.getVersion();
        open = afterMeeting.openActionItemsBefore(id, originalStart);
        agreed = afterMeeting.actionItemsAt(id, originalStart);
        moveTime = MeetingTime.of(occurrence.start(), occurrence.end());
    }

    public String saveAttendance() {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        attendance.forEach((employee, status) -> statuses.put(employee,
                status == null || status.isBlank() ? null : AttendanceStatus.valueOf(status)));
        afterMeeting.recordAttendance(id, originalStart, statuses);
        Messages.info("occurrence.attendanceSaved");
        return reload();
    }

    public String saveMinutes() {
        afterMeeting.writeMinutes(id, minutesVersion, originalStart, minutes);
        Messages.info("occurrence.minutesSaved");
        return reload();
    }

    public String addItem() {
        afterMeeting.addActionItem(id, originalStart, newItem, newItemOwner, newItemDue);
        Messages.info("occurrence.itemAdded");
        return reload();
    }

    public String toggleItem(ActionItem item) {
        afterMeeting.setActionItemDone(item.getId(), item.getVersion(), !item.isDone());
        return reload();
    }

    public String move() {
        series.moveOccurrence(id, meeting.getVersion(), originalStart, moveTime.start(), moveTime.end());
        Messages.info("occurrence.moved");
        return reload();
    }

    public String cancelOccurrence() {
        series.cancelOccurrence(id, meeting.getVersion(), originalStart);
        Messages.info("occurrence.cancelled");
        return "/meeting/meeting.xhtml?faces-redirect=true&id=" + id;
    }

    private String reload() {
        return "/meeting/occurrence.xhtml?faces-redirect=true&id=" + id + "&at=" + at;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Occurrence getOccurrence() {
        return occurrence;
    }

    public List<AfterMeeting.InviteeStatus> getInvitees() {
        return invitees;
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<ActionItem> getOpen() {
        return open;
    }

    public List<ActionItem> getAgreed() {
        return agreed;
    }

    public String getNewItem() {
        return newItem;
    }

    public void setNewItem(String newItem) {
        this.newItem = newItem;
    }

    public Long getNewItemOwner() {
        return newItemOwner;
    }

    public void setNewItemOwner(Long newItemOwner) {
        this.newItemOwner = newItemOwner;
    }

    public LocalDate getNewItemDue() {
        return newItemDue;
    }

    public void setNewItemDue(LocalDate newItemDue) {
        this.newItemDue = newItemDue;
    }

    public MeetingTime getMoveTime() {
        return moveTime;
    }
}
