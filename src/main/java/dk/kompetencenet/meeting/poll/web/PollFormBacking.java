package dk.kompetencenet.meeting.poll.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollDraft;
import dk.kompetencenet.meeting.poll.PollRules;
import dk.kompetencenet.meeting.poll.PollService;
import dk.kompetencenet.meeting.web.MeetingTime;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The new-poll form: the meeting to be, its proposed times (rows added and removed on the page) and whom to ask, chosen
 * as on the meeting form. Everything is checked by {@link PollService#create}.
 */
@Named
@ViewScoped
public class PollFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private NetworkService networks;

    @Inject
    private InstitutionService institutions;

    @Inject
    private StrategyService strategies;

    private MeetingKind kind = MeetingKind.NETWORK_MEETING;
    private String title;
    private String location;
    private Long networkId;
    private List<Long> initiativeIds = new ArrayList<>();
    private final List<MeetingTime> slots = new ArrayList<>(List.of(new MeetingTime(), new MeetingTime()));
    private Long institutionId;
    private List<Employee> people = new ArrayList<>();
    private List<Initiative> initiativeChoices;
    private List<NetworkService.Row> networkChoices;
    private List<Institution> institutionChoices;

    public void load() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        networkChoices = networks.list();
        institutionChoices = institutions.choices();
    }

    public void addSlot() {
        if (slots.size() < PollRules.MAX_SLOTS) {
            slots.add(new MeetingTime());
        }
    }

    public void removeSlot(int index) {
        if (index >= 0 && index < slots.size()) {
            slots.remove(index);
        }
    }

    public String save() {
        List<PollDraft.Slot> times = slots.stream().map(t -> new PollDraft.Slot(t.start(), t.end())).toList();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String applicationUrl = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/";
        DatePoll poll = polls.create(new PollDraft(kind, title, location, networkId, new HashSet<>(initiativeIds),
                times, institutionId, new HashSet<>(people.stream().map(Employee::getId).toList())), applicationUrl);
        Messages.info("poll.created");
        return "/meeting/poll.xhtml?faces-redirect=true&id=" + poll.getId();
    }

    public MeetingKind[] getKinds() {
        return new MeetingKind[] {MeetingKind.NETWORK_MEETING, MeetingKind.THEME_MEETING};
    }

    public int getMaxSlots() {
        return PollRules.MAX_SLOTS;
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

    public List<MeetingTime> getSlots() {
        return slots;
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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
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
