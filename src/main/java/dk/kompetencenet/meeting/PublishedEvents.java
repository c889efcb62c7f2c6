package dk.kompetencenet.meeting;

import java.util.List;

import dk.kompetencenet.meeting.calendar.CalendarEvent;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * Meetings as feeds and downloads publish them (METHOD:PUBLISH, no attendees). A cancelled meeting stays in the feed
 * with STATUS:CANCELLED, and its title says so ("Aflyst: ..."), since several calendar programs ignore the status
 * and would otherwise show it as if it were held.
 */
final class PublishedEvents {

    private PublishedEvents() {
    }

    static CalendarEvent of(Meeting meeting) {
        CalendarEvent event = meeting.toCalendarEvent(List.of());
        return meeting.isCancelled()
                ? event.withSummary(Texts.get(Texts.DANISH, "meeting.feed.cancelledTitle", meeting.getTitle()))
                : event;
    }

    static List<CalendarEvent> of(List<Meeting> meetings) {
        return meetings.stream().map(PublishedEvents::of).toList();
    }
}
