package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.MeetingService.Invitees;
import dk.kompetencenet.meeting.MeetingService.Scheduled;
import dk.kompetencenet.meeting.calendar.ICalendarReader;
import dk.kompetencenet.meeting.calendar.ImportResult;
import dk.kompetencenet.meeting.calendar.ImportedEvent;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.meeting.calendar.Occurrences;
import dk.kompetencenet.meeting.calendar.RepetitionInWords;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;
import dk.kompetencenet.platform.security.AccessDeniedException;

/**
 * Meetings from an iCalendar file (e.g. exported from Outlook), scheduled like meetings made in the form. Every event
 * of the file is either imported or skipped with its reason; {@link #preview} shows which before anything is saved.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CalendarImport {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Inject
    private MeetingService meetings;

    @Inject
    private EmployeeService employees;

    private final Clock clock = Clock.systemUTC();

    /** The meetings created and the events skipped. */
    public record Imported(List<Scheduled> created, List<ImportPreview.Skipped> skipped) {
    }

    /** What {@link #importIcs} would do with the file; saves nothing. A file that cannot be read at all is refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(byte[] ics) {
        meetings.organiser();
        ImportResult result = ICalendarReader.results(ics, MeetingRules.LONGEST);
        LocalDateTime today = Zones.local(clock.instant()).toLocalDate().atStartOfDay();
        Map<String, Optional<Employee>> staffByEmail = new HashMap<>();
        List<ImportPreview.Event> events = result.events().stream().map(e -> {
            Attendees attendees = attendees(e, staffByEmail);
            List<Occurrence> all = Occurrences.all(e.toCalendarEvent());
            int coming = Occurrences.between(e.toCalendarEvent(), today, today.plusYears(1)).size();
            Message notice = e.openEnded() && !all.isEmpty() ? Message.of("ics.notice.openEnded",
                    SHOWN.format(all.get(all.size() - 1).originalStart())) : null;
            return new ImportPreview.Event(e.summary(), e.start(), e.end(), RepetitionInWords.of(e.rrule()), coming,
                    notice, attendees.staff(), attendees.notStaff());
        }).toList();
        return new ImportPreview(events, skipped(result));
    }

    /**
     * Creates a meeting for every event of the file that can be one, all serving the given initiatives and inviting
     * the given people and the event's attendees who are staff the caller may invite, each series with its cancelled
     * and moved occurrences (set before the invitations are written, so invitees get the series as it is). All
     * created in one transaction; the events that cannot be imported are returned with their reasons.
     */
    public Imported importIcs(byte[] ics, MeetingKind kind, Set<Long> initiativeIds, Invitees invitees) {
        Employee organiser = meetings.organiser();
        ImportResult result = ICalendarReader.results(ics, MeetingRules.LONGEST);
        if (result.events().isEmpty()) {
            throw new InvalidInputException(result.skipped().stream().flatMap(s -> s.reasons().stream()).toList());
        }
        List<Scheduled> created = new ArrayList<>();
        Map<String, Optional<Employee>> staffByEmail = new HashMap<>();
        for (ImportedEvent e : result.events()) {
            Set<Long> people = new LinkedHashSet<>(invitees.employeeIds() == null ? Set.of() : invitees.employeeIds());
            attendees(e, staffByEmail).staff().forEach(s -> people.add(s.id()));
            created.add(meetings.schedule(organiser, new Meeting.Details(kind == null ? MeetingKind.OTHER : kind,
                    e.summary(), e.description(), e.location(), null, e.start(), e.end(), e.rrule(), null),
                    initiativeIds, new Invitees(invitees.networkId(), invitees.institutionId(), people), meeting -> {
                        Instant now = clock.instant();
                        e.extra().forEach(start -> meeting.addOccurrence(start, now));
                        e.cancelled().forEach(original -> meeting.cancelOccurrence(original, now));
                        e.moved().forEach(m -> meeting.moveOccurrence(m.originalStart(), m.start(), m.end(), now));
                    }));
        }
        return new Imported(created, skipped(result));
    }

    private record Attendees(List<ImportPreview.Invitee> staff, List<String> notStaff) {
    }

    /**
     * The event's attendees split into active staff the caller may invite (found by e-mail) and the rest. Each address
     * is looked up once per file ({@code known}), however many events name it.
     */
    private Attendees attendees(ImportedEvent event, Map<String, Optional<Employee>> known) {
        List<ImportPreview.Invitee> staff = new ArrayList<>();
        List<String> notStaff = new ArrayList<>();
        for (String email : event.attendees()) {
            known.computeIfAbsent(Employee.normaliseEmail(email), this::staffMember).ifPresentOrElse(s -> staff.add(new ImportPreview.Invitee(s.getId(), s.getFullName(), email)),
                    () -> notStaff.add(email));
        }
        return new Attendees(staff, notStaff);
    }

    private Optional<Employee> staffMember(String email) {
        try {
            return employees.findByEmail(email).filter(Employee::isActive);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private static List<ImportPreview.Skipped> skipped(ImportResult result) {
        return result.skipped().stream().map(s -> new ImportPreview.Skipped(s.line(), s.summary(),
                s.reasons().stream().map(p -> Message.of(p.key(), p.arguments().toArray())).toList())).toList();
    }
}
