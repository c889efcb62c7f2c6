package dk.kompetencenet.meeting.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Reads the meetings of an uploaded .ics file (UTF-8, as Outlook, Google and Apple write them) into Copenhagen local
 * time. The file is taken as a whole or refused as a whole, with every problem found; it saves nothing itself.
 * Occurrences moved within a series (VEVENTs with a RECURRENCE-ID) are not read.
 */
public final class ICalendarReader {

    public static final int MAX_EVENTS = 500;

    private ICalendarReader() {
    }

    /** A VEVENT of the file and the line where it begins. */
    private record Found(VEvent event, int line) {
    }

    /**
     * Every meeting of the file, in the file's order, or an {@link InvalidInputException} naming every problem with
     * its line (the line of the event's BEGIN:VEVENT, or 1 where no line is known).
     */
    public static List<ImportedEvent> read(byte[] ics) {
        String text = Utf8.decode(ics, "ics.error.notUtf8");
        List<VEvent> vevents = parse(text).getComponents(Component.VEVENT);
        List<Integer> lines = eventLines(text);
        List<Found> masters = new ArrayList<>();
        for (int i = 0; i < vevents.size(); i++) {
            if (vevents.get(i).getProperty(Property.RECURRENCE_ID).isEmpty()) {
                masters.add(new Found(vevents.get(i), i < lines.size() ? lines.get(i) : 1));
            }
        }
        if (masters.isEmpty()) {
            throw new InvalidInputException(Problem.atLine(1, "ics.error.noEvents"));
        }
        if (masters.size() > MAX_EVENTS) {
            throw new InvalidInputException(Problem.atLine(masters.get(MAX_EVENTS).line(), "ics.error.tooManyEvents",
                    MAX_EVENTS));
        }
        List<Problem> problems = new ArrayList<>();
        List<ImportedEvent> events = new ArrayList<>();
        for (Found found : masters) {
            imported(found.event(), found.line(), problems).ifPresent(events::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return events;
    }

    /** Strict parsing, but lines folded the way some programs do (without the leading space) are unfolded. */
    private static Calendar parse(String text) {
        int line = 1;
        String message;
        try {
            return new CalendarBuilder().build(new UnfoldingReader(new StringReader(text), true));
        } catch (ParserException e) {
            line = Math.max(e.getLineNo(), 1);
            message = String.valueOf(e.getMessage()).replaceFirst("^Error at line \\d+:\\s*", "");
        } catch (IOException | RuntimeException e) {
            // iCal4j throws unchecked exceptions for some content, e.g. a TZID without a VTIMEZONE that Java knows.
            message = String.valueOf(e.getMessage());
        }
        throw new InvalidInputException(Problem.atLine(line, "ics.error.unreadable", message));
    }

    /** The line numbers of the file's BEGIN:VEVENT lines, in order: iCal4j keeps no line numbers. */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].stripTrailing().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static Optional<ImportedEvent> imported(VEvent event, int line, List<Problem> problems) {
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
        LocalDateTime start = local(startValue);
        LocalDateTime end = end(event, startValue instanceof LocalDate, start);
        if (end.isBefore(start)) {
            problems.add(Problem.atLine(line, "ics.error.endBeforeStart"));
        }
        String rrule = text(event, Property.RRULE);
        if (rrule != null) {
            try {
                rrule = RecurrenceRules.normalise(rrule, start);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(Problem.atLine(line, p.key(), p.arguments().toArray())));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ImportedEvent(text(event, Property.UID), summary, text(event, Property.DESCRIPTION),
                text(event, Property.LOCATION), start, end, rrule));
    }

    /** DTEND; else DTSTART plus DURATION; else a day for an all-day event and an hour for others. */
    private static LocalDateTime end(VEvent event, boolean allDay, LocalDateTime start) {
        Optional<DtEnd<Temporal>> dtEnd = event.getEndDate(false);
        if (dtEnd.isPresent()) {
            return local(dtEnd.get().getDate());
        }
        Optional<Duration> duration = event.getProperty(Property.DURATION);
        return duration.map(d -> start.plus(d.getDuration()))
                .orElseGet(() -> allDay ? start.plusDays(1) : start.plusHours(1));
    }

    /** A date is its midnight, a floating time is taken as Copenhagen's, any other time is converted to it. */
    private static LocalDateTime local(Temporal value) {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof LocalDateTime floating) {
            return floating;
        }
        return Zones.local(Instant.from(value));
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(null);
    }
}
