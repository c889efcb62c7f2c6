package dk.kompetencenet.meeting.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * One VEVENT of an uploaded file as a meeting, or the problems that keep it out, each at a line. All-day events
 * (DTSTART as a date) are not meetings and are left out with the reason "ics.skip.allDay", events longer than a
 * meeting may last (the caller says how long) with "ics.skip.tooLong"; a series without an end is kept
 * without end ({@link OpenEndedSeries}); alarms (VALARM) are not read; attendees' e-mail addresses are.
 */
final class EventReading {

    private static final String MAILTO = "mailto:";

    private EventReading() {
    }

    /** The meeting, or empty with the problems added (so none added means the event was read). */
    static Optional<ImportedEvent> read(VEvent event, int line, List<SeriesExceptions.Override> overrides,
                                        java.time.Duration longest, List<Problem> problems) {
        int before = problems.size();
        String summary = text(event, Property.SUMMARY);
        if (summary == null) {
            problems.add(Problem.atLine(line, "ics.error.missingSummary"));
        }
        Optional<DtStart<Temporal>> dtStart = event.getStartDate();
        if (dtStart.isEmpty()) {
            problems.add(Problem.atLine(line, "ics.error.missingStart"));
            return Optional.empty();
        }
        Temporal startValue = dtStart.get().getDate();
        if (startValue instanceof LocalDate) {
            problems.add(Problem.atLine(line, "ics.skip.allDay"));
            return Optional.empty();
        }
        LocalDateTime start = local(startValue);
        LocalDateTime end = end(event, start, java.time.Duration.ofHours(1));
        if (end.isBefore(start)) {
            problems.add(Problem.atLine(line, "ics.error.endBeforeStart"));
        } else if (longest != null && java.time.Duration.between(start, end).compareTo(longest) > 0) {
            problems.add(Problem.atLine(line, "ics.skip.tooLong", longest.toHours()));
        }
        String rrule = text(event, Property.RRULE);
        boolean openEnded = false;
        if (rrule != null) {
            try {
                rrule = RecurrenceRules.normalise(rrule, start);
                openEnded = OpenEndedSeries.isOpenEnded(rrule);
            } catch (InvalidInputException | IllegalArgumentException e) {
                List<Problem> found = e instanceof InvalidInputException invalid ? invalid.problems()
                        : List.of(Problem.atLine(line, "meeting.error.rrule.unreadable", rrule));
                found.forEach(p -> problems.add(Problem.atLine(line, p.key(), p.arguments().toArray())));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<MovedOccurrence> extra = ExtraDates.of(event, line, java.time.Duration.between(start, end), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        SeriesTimeline timeline;
        try {
            timeline = SeriesTimeline.of(rrule, start, startValue, RecurrenceRules.MAX_OCCURRENCES + 1,
                    extra.stream().map(MovedOccurrence::originalStart).toList());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(Problem.atLine(line, p.key(), p.arguments().toArray())));
            return Optional.empty();
        }
        if (!openEnded && timeline.originals().size() > RecurrenceRules.MAX_OCCURRENCES) {
            problems.add(Problem.atLine(line, "meeting.error.rrule.tooMany", RecurrenceRules.MAX_OCCURRENCES));
            return Optional.empty();
        }
        SeriesExceptions exceptions = SeriesExceptions.of(event, line, timeline, start, end, extra, overrides,
                problems);
        return Optional.of(new ImportedEvent(text(event, Property.UID), summary, text(event, Property.DESCRIPTION),
                text(event, Property.LOCATION), start, end, rrule, exceptions.cancelled(), exceptions.moved(),
                timeline.extra(), openEnded, attendees(event)));
    }

    /** The attendees' e-mail addresses (ATTENDEE with a mailto: value), in lower case, in the file's order. */
    private static List<String> attendees(VEvent event) {
        return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).map(String::strip)
                .filter(v -> v.regionMatches(true, 0, MAILTO, 0, MAILTO.length()))
                .map(v -> v.substring(MAILTO.length()).strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** DTEND; else DTSTART plus DURATION; else DTSTART plus the given length. */
    static LocalDateTime end(VEvent event, LocalDateTime start, java.time.Duration otherwise) {
        Optional<DtEnd<Temporal>> dtEnd = event.getEndDate(false);
        if (dtEnd.isPresent()) {
            return local(dtEnd.get().getDate());
        }
        Optional<Duration> duration = event.getProperty(Property.DURATION);
        return duration.map(d -> start.plus(d.getDuration())).orElseGet(() -> start.plus(otherwise));
    }

    /** A date is its midnight, a floating time is taken as Copenhagen's, any other time is converted to it. */
    static LocalDateTime local(Temporal value) {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof LocalDateTime floating) {
            return floating;
        }
        return Zones.local(Instant.from(value));
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(null);
    }
}
