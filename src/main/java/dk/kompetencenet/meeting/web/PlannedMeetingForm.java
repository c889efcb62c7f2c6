package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * What the meeting form and the new-poll form both describe: the meeting to be (kind, title, place, network, the
 * initiatives it serves), whom to invite (a network's members, an institution's staff, chosen people), the choices
 * for them, and a theme meeting planned from a competence gap ({@link ThemeFromGap}).
 */
public abstract class PlannedMeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected NetworkService networks;

    @Inject
    private InstitutionService institutions;

    @Inject
    private StrategyService strategies;

    @Inject
    private GapService gaps;

    protected MeetingKind kind = MeetingKind.NETWORK_MEETING;
    protected String title;
    protected String location;
    protected Long networkId;
    protected List<Long> initiativeIds = new ArrayList<>();
    protected Long institutionId;
    protected List<Employee> people = new ArrayList<>();
    private List<Initiative> initiativeChoices;
    private List<NetworkService.Row> networkChoices;
    private List<Institution> institutionChoices;
    private final ThemeFromGap gap = new ThemeFromGap();

    /** The initiatives of the current strategy, the networks and the institutions to choose from. */
    protected void loadChoices() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        networkChoices = networks.list();
        institutionChoices = institutions.choices();
    }

    /**
     * For a new meeting: when planned from a gap, a theme meeting with the gap's title, initiatives and proposed
     * invitees (true); a gap's filter without its competence, or a competence or institution that does not exist, is
     * not found. Needs {@link #loadChoices} first.
     */
    protected boolean prefillFromGap() {
        if (gap.isIncomplete()) {
            throw new NotFoundException();
        }
        if (!gap.isRequested()) {
            return false;
        }
        kind = MeetingKind.THEME_MEETING;
        title = gap.prefill(gaps, initiativeChoices, initiativeIds, people);
        return true;
    }

    /** The competences the meeting addresses: the gap's, when planned from one. */
    protected Set<Long> competenceIds() {
        return gap.competenceIds();
    }

    protected Set<Long> initiativeIdSet() {
        return new HashSet<>(initiativeIds);
    }

    protected Set<Long> peopleIds() {
        return new HashSet<>(people.stream().map(Employee::getId).toList());
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
