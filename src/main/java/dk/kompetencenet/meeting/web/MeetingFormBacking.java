package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.meeting.SeriesEditing;
import dk.kompetencenet.meeting.calendar.RecurrenceRules;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The meeting form: one meeting or a whole series, for a network, an institution's staff or chosen people, serving
 * initiatives. "Check" shows conflicts and holidays before saving; saving still goes through with them.
 */
@Named
@ViewScoped
public class MeetingFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private SeriesEditing series;

    @Inject
    private NetworkService networks;

    @Inject
    private InstitutionService institutions;

    @Inject
    private StrategyService strategies;

    @Inject
    private GapService gaps;

    @Inject
    private EmployeeService employees;

    private Long id;
    private String from;
    private LocalDateTime following;
    private long version;
    private MeetingKind kind = MeetingKind.NETWORK_MEETING;
    private String title;
    private String agenda;
    private String location;
    private String room;
    private MeetingTime time = new MeetingTime();
    private Integer capacity;
    private Recurrence recurrence = new Recurrence();
    private List<Long> initiativeIds = new ArrayList<>();
    private Long networkId;
    private Long institutionId;
    private List<Employee> people = new ArrayList<>();
    private List<String> warnings = List.of();
    private List<Initiative> initiativeChoices;
    private List<NetworkService.Row> networkChoices;
    private List<Institution> institutionChoices;
    private ThemeFromGap gap = new ThemeFromGap();

    public void load() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        networkChoices = networks.list();
        institutionChoices = institutions.choices();
        if (id == null) {
            if (from != null || gap.isIncomplete()) {
                throw new NotFoundException();
            }
            if (gap.isRequested()) {
                kind = MeetingKind.THEME_MEETING;
                title = gap.prefill(gaps, employees, initiativeChoices, initiativeIds, people);
            } else if (networkId != null) {
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
        Set<Long> ids = new HashSet<>(people.stream().map(Employee::getId).toList());
        return new MeetingService.Invitees(id == null ? networkId : null, institutionId, ids);
    }

    public void check() {
        warnings = text(meetings.preview(id, details(), new HashSet<>(initiativeIds), invitees()));
        if (warnings.isEmpty()) {
            Messages.infoHere("meeting.noWarnings");
        }
    }

    public String save() {
        MeetingService.Scheduled saved;
        if (id == null) {
            saved = meetings.schedule(details(), new HashSet<>(initiativeIds), gap.competenceIds(), invitees());
        } else if (following != null) {
            saved = series.updateFollowing(id, version, following, details(), new HashSet<>(initiativeIds));
        } else {
            saved = meetings.update(id, version, details(), new HashSet<>(initiativeIds));
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

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public List<NetworkService.Row> getNetworkChoices() {
        return networkChoices;
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public ThemeFromGap getGap() {
        return gap;
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
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

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public List<Employee> getPeople() {
        return people;
    }

    public void setPeople(List<Employee> people) {
        this.people = people;
    }
}
