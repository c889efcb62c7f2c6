package dk.kompetencenet.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.calendar.DanishHolidays;
import dk.kompetencenet.meeting.calendar.ICalendarWriter;
import dk.kompetencenet.meeting.calendar.Method;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.security.Caller;

/** Calendars: the caller's own meetings and a network's, occurrence by occurrence, and a meeting as an .ics file. */
@ApplicationScoped
@Transactional
public class MeetingCalendar {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private NetworkService networks;

    @Inject
    private MeetingService meetings;

    /** One occurrence of a meeting in a calendar. */
    public record CalendarEntry(Long meetingId, String title, MeetingKind kind, LocalDateTime originalStart,
                                LocalDateTime start, LocalDateTime end, String location, boolean moved) {
    }

    /** The caller's own meetings (invited or organising) between two times, occurrence by occurrence. */
    public List<CalendarEntry> myCalendar(LocalDateTime from, LocalDateTime to) {
        Long me = caller.employeeId().orElse(-1L);
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.cancelled = false and m.startAt < :to and m.seriesEnd > :from and (m.organiser.id = :me"
                        + " or m.id in (select i.meeting.id from Invitation i where i.employee.id = :me))", Meeting.class)
                .setParameter("from", from).setParameter("to", to).setParameter("me", me).getResultList();
        return entries(meetings, from, to);
    }

    /** A network's meetings between two times. */
    public List<CalendarEntry> networkCalendar(Long networkId, LocalDateTime from, LocalDateTime to) {
        networks.get(networkId);
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.cancelled = false and m.network.id = :n and m.startAt < :to and m.seriesEnd > :from",
                        Meeting.class)
                .setParameter("n", networkId).setParameter("from", from).setParameter("to", to).getResultList();
        return entries(meetings, from, to);
    }

    private static List<CalendarEntry> entries(List<Meeting> meetings, LocalDateTime from, LocalDateTime to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Occurrence o : m.occurrencesBetween(from, to)) {
                entries.add(new CalendarEntry(m.getId(), m.getTitle(), m.getKind(), o.originalStart(), o.start(),
                        o.end(), m.getLocation(), o.moved()));
            }
        }
        entries.sort((a, b) -> a.start().compareTo(b.start()));
        return entries;
    }

    /**
     * Days off that calendar views draw behind the meetings: a public holiday, whose name is a message key, or one of
     * the municipality's school holidays, whose name is its own.
     */
    public record DaysOff(String name, boolean publicHoliday, LocalDate first, LocalDate last) {
    }

    /** The public and school holidays that touch the days from {@code from} up to (not including) {@code to}. */
    public List<DaysOff> daysOff(LocalDate from, LocalDate to) {
        List<DaysOff> days = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            DanishHolidays.inYear(year).stream().filter(h -> !h.date().isBefore(from) && h.date().isBefore(to))
                    .forEach(h -> days.add(new DaysOff(h.key(), true, h.date(), h.date())));
        }
        em.createNamedQuery("SchoolHoliday.overlapping", SchoolHoliday.class).setParameter("first", from)
                .setParameter("last", to.minusDays(1)).getResultList()
                .forEach(h -> days.add(new DaysOff(h.getName(), false, h.getFirstDay(), h.getLastDay())));
        return days;
    }

    /** One meeting or series as an iCalendar file. */
    public String ics(Long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return ICalendarWriter.write(List.of(PublishedEvents.of(meeting)), Method.PUBLISH, meeting.getTitle());
    }
}
