package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

import dk.kompetencenet.meeting.FeedService;
import dk.kompetencenet.meeting.MeetingCalendar;
import dk.kompetencenet.meeting.rest.FeedUrls;
import dk.kompetencenet.platform.i18n.Texts;
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
            fill(this, calendars.myCalendar(start, end), calendars.daysOff(start.toLocalDate(),
                    end.toLocalDate().plusDays(1)));
        }
    };

    /** The meetings, and behind them the public and school holidays, named in the viewer's language. */
    static void fill(LazyScheduleModel model, List<MeetingCalendar.CalendarEntry> entries,
                     List<MeetingCalendar.DaysOff> daysOff) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (MeetingCalendar.DaysOff d : daysOff) {
            model.addEvent(DefaultScheduleEvent.builder().id("off-" + d.first() + "-" + d.name())
                    .title(d.publicHoliday() ? Texts.get(locale, d.name()) : d.name())
                    .startDate(d.first().atStartOfDay()).endDate(d.last().plusDays(1).atStartOfDay()).allDay(true)
                    .display(ScheduleDisplayMode.BACKGROUND)
                    .styleClass(d.publicHoliday() ? "holiday-public" : "holiday-school").editable(false).build());
        }
        String context = faces.getExternalContext().getRequestContextPath();
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
