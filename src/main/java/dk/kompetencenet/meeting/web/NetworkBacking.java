package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import dk.kompetencenet.meeting.FeedService;
import dk.kompetencenet.meeting.MeetingCalendar;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.meeting.rest.FeedUrls;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;

/** One network: its initiatives, members now and before, its meetings and its subscription URL. */
@Named
@ViewScoped
public class NetworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkService networks;

    @Inject
    private MeetingCalendar calendars;

    @Inject
    private FeedService feeds;

    @Inject
    private FeedUrls feedUrls;

    private Long id;
    private Network network;
    private boolean runner;
    private List<NetworkService.Member> members;
    private Employee newMember;
    private String feedUrl;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            CalendarBacking.fill(this, calendars.networkCalendar(id, start, end),
                    calendars.daysOff(start.toLocalDate(), end.toLocalDate().plusDays(1)));
        }
    };

    public void load() {
        network = networks.get(id);
        runner = networks.canRun(network);
        members = networks.members(id);
        try {
            feedUrl = feedUrls.of(CalendarBacking.applicationUrl(), feeds.networkToken(id));
        } catch (AccessDeniedException notAMember) {
            feedUrl = null;
        }
    }

    public String addMember() {
        if (newMember != null) {
            networks.addMember(id, newMember.getId());
            Messages.info("network.memberAdded");
        }
        return reload();
    }

    public String removeMember(Long employeeId) {
        networks.removeMember(id, employeeId);
        Messages.info("network.memberRemoved");
        return reload();
    }

    public void regenerate() {
        feedUrl = feedUrls.of(CalendarBacking.applicationUrl(), feeds.regenerateNetworkToken(id));
        Messages.infoHere("calendar.feedRegenerated");
    }

    private String reload() {
        return "/meeting/network.xhtml?faces-redirect=true&id=" + id;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Network getNetwork() {
        return network;
    }

    public boolean isRunner() {
        return runner;
    }

    public List<NetworkService.Member> getMembers() {
        return members;
    }

    public Employee getNewMember() {
        return newMember;
    }

    public void setNewMember(Employee newMember) {
        this.newMember = newMember;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
