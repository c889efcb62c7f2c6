package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import dk.kompetencenet.meeting.FeedService;
import dk.kompetencenet.meeting.MeetingCalendar;
import dk.kompetencenet.meeting.rest.FeedUrls;
import dk.kompetencenet.platform.web.Messages;

/** The caller's own calendar (month, week, list), expanded on the server, and their subscription URL. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingCalendar calendars;

    @Inject
    private FeedService feeds;

    @Inject
    private FeedUrls feedUrls;

    private String feedUrl;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            fill(this, calendars.myCalendar(start, end));
        }
    };

    static void fill(LazyScheduleModel model, List<MeetingCalendar.CalendarEntry> entries) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (MeetingCalendar.CalendarEntry e : entries) {
            model.addEvent(DefaultScheduleEvent.builder().id(e.meetingId() + "@" + e.originalStart())
                    .title(e.title()).startDate(e.start()).endDate(e.end())
                    .url(context + "/meeting/meeting.xhtml?id=" + e.meetingId())
                    .styleClass("kind-" + e.kind().name().toLowerCase()).editable(false).build());
        }
    }

    @PostConstruct
    void load() {
        feedUrl = feedUrls.of(applicationUrl(), feeds.myToken());
    }

    static String applicationUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf(request.getRequestURI())) + request.getContextPath() + "/";
    }

    public void regenerate() {
        feedUrl = feedUrls.of(applicationUrl(), feeds.regenerateMyToken());
        Messages.infoHere("calendar.feedRegenerated");
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
