package dk.kompetencenet.meeting.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.SeriesEditing;
import dk.kompetencenet.meeting.calendar.RecurrenceRules;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;

/**
 * The meeting form: one meeting or a whole series, for a network, an institution's staff or chosen people, serving
 * initiatives. "Check" shows conflicts and holidays before saving; saving still goes through with them.
 */
@Named
@ViewScoped
public class MeetingFormBacking extends PlannedMeetingForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private SeriesEditing series;

    private Long id;
    private String from;
    private LocalDateTime following;
    private long version;
    private String agenda;
    private String room;
    private MeetingTime time = new MeetingTime();
    private Integer capacity;
    private Recurrence recurrence = new Recurrence();
    private List<String> warnings = List.of();

    public void load() {
        loadChoices();
        if (id == null) {
            if (from != null) {
                throw new NotFoundException();
            }
            if (prefillFromGap()) {
                return;
            }
            if (networkId != null) {
                networks.get(networkId).getInitiatives().forEach(i -> initiativeIds.add(i.getId()));
            } else {
                kind = MeetingKind.OTHER;
            }
            return;
        }
        Meeting m = meetings.get(id);
        if (!meetings.canEdit(m)) {
            throw new AccessDeniedException();
        }
        version = m.getVersion();
        kind = m.getKind();
        title = m.getTitle();
        agenda = m.getAgenda();
        location = m.getLocation();
        room = m.getRoom();
        time = MeetingTime.of(m.getStartAt(), m.getEndAt());
        capacity = m.getCapacity();
        recurrence = Recurrence.of(m.getRrule());
        initiativeIds = new ArrayList<>(m.getInitiatives().stream().map(Initiative::getId).toList());
        networkId = m.getNetwork() == null ? null : m.getNetwork().getId();
        if (from != null && m.isRecurring()) {
            following = parse(from);
            List<LocalDateTime> starts = m.ruleStarts();
            int index = starts.indexOf(following);
            if (index < 0) {
                throw new NotFoundException();
            }
            Duration shift = Duration.between(m.getStartAt(), following);
            time = MeetingTime.of(m.getStartAt().plus(shift), m.getEndAt().plus(shift));
            recurrence = Recurrence.of(RecurrenceRules.withCount(m.getRrule(), starts.size() - index));
        }
    }

    private static LocalDateTime parse(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
    }

    private Meeting.Details details() {
        LocalDateTime start = time.start();
        return new Meeting.Details(kind, title, agenda, location, room, start, time.end(), recurrence.rrule(start),
                capacity);
    }

    private MeetingService.Invitees invitees() {
        return new MeetingService.Invitees(id == null ? networkId : null, institutionId, peopleIds());
    }

    public void check() {
        warnings = text(meetings.preview(id, details(), initiativeIdSet(), invitees()));
        if (warnings.isEmpty()) {
            Messages.infoHere("meeting.noWarnings");
        }
    }

    public String save() {
        MeetingService.Scheduled saved;
        if (id == null) {
            saved = meetings.schedule(details(), initiativeIdSet(), competenceIds(), invitees());
        } else if (following != null) {
            saved = series.updateFollowing(id, version, following, details(), initiativeIdSet());
        } else {
            saved = meetings.update(id, version, details(), initiativeIdSet());
            if (!people.isEmpty() || institutionId != null) {
                meetings.invite(id, invitees());
            }
        }
        Messages.info(id == null ? "meeting.scheduled" : "meeting.saved");
        FacesContext context = FacesContext.getCurrentInstance();
        text(saved.warnings()).forEach(w -> context.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, w, null)));
        return "/meeting/meeting.xhtml?faces-redirect=true&id=" + saved.meeting().getId();
    }

    private static List<String> text(List<Message> messages) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return messages.stream().map(m -> Texts.get(locale, m)).toList();
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public Long getId() {
        return id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public boolean isFollowing() {
        return following != null;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public MeetingTime getTime() {
        return time;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }
}
