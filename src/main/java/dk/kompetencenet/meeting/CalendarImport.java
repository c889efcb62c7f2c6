package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.MeetingService.Invitees;
import dk.kompetencenet.meeting.MeetingService.Scheduled;
import dk.kompetencenet.meeting.calendar.ICalendarReader;
import dk.kompetencenet.meeting.calendar.ImportedEvent;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;

/** Meetings from an iCalendar file (e.g. exported from Outlook), scheduled like meetings made in the form. */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CalendarImport {

    @Inject
    private MeetingService meetings;

    private final Clock clock = Clock.systemUTC();

    /**
     * Creates a meeting for every event of an iCalendar file, all serving the given initiatives and inviting the same
     * people, each series with its cancelled and moved occurrences (cancelled and moved before the invitations are
     * written, so invitees get the series as it is). All or nothing: a malformed file, or a bad event in it, creates
     * no meeting.
     */
    public List<Scheduled> importIcs(byte[] ics, MeetingKind kind, Set<Long> initiativeIds, Invitees invitees) {
        Employee organiser = meetings.organiser();
        List<ImportedEvent> events = ICalendarReader.read(ics);
        List<Scheduled> created = new ArrayList<>();
        for (ImportedEvent e : events) {
            created.add(meetings.schedule(organiser, new Meeting.Details(kind == null ? MeetingKind.OTHER : kind,
                    e.summary(), e.description(), e.location(), null, e.start(), e.end(), e.rrule(), null),
                    initiativeIds, invitees, meeting -> {
                        Instant now = clock.instant();
                        e.cancelled().forEach(original -> meeting.cancelOccurrence(original, now));
                        e.moved().forEach(m -> meeting.moveOccurrence(m.originalStart(), m.start(), m.end(), now));
                    }));
        }
        return created;
    }
}
