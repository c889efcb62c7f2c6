package dk.kompetencenet.meeting.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
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
 * A series keeps its cancelled and moved occurrences ({@link SeriesExceptions}).
 */
public final class ICalendarReader {

    public static final int MAX_EVENTS = 500;

    private ICalendarReader() {
    }

    /** Properties the import does not use, left out before parsing: programs write them in forms strict parsing
     *  refuses (Nextcloud's LAST-MODIFIED and DTSTAMP without the Z of UTC). */
    private static final Set<String> UNUSED = Set.of("DTSTAMP", "CREATED", "LAST-MODIFIED");

    /** A VEVENT of the file and the line where it begins. */
    private record Found(VEvent event, int line) {
    }

    /**
     * Every meeting of the file, in the file's order, or an {@link InvalidInputException} naming every problem with
     * its line (the line of the event's BEGIN:VEVENT, of the property at fault, or 1 where no line is known).
     */
    public static List<ImportedEvent> read(byte[] ics) {
        String text = Utf8.decode(ics, "ics.error.notUtf8");
        List<CalendarText.Line> lines = CalendarText.lines(text);
        CalendarText.check(lines);
        List<CalendarText.Line> parsed = lines.stream().filter(l -> !UNUSED.contains(name(l.text()))).toList();
        List<VEvent> vevents = parse(parsed).getComponents(Component.VEVENT);
        List<Integer> starts = parsed.stream().filter(l -> l.text().strip().equalsIgnoreCase("BEGIN:VEVENT"))
                .map(CalendarText.Line::number).toList();
        List<Found> masters = new ArrayList<>();
        Map<String, List<SeriesExceptions.Override>> overrides = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < vevents.size(); i++) {
            VEvent event = vevents.get(i);
            int line = i < starts.size() ? starts.get(i) : 1;
            if (event.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                masters.add(new Found(event, line));
            } else {
                overrides.computeIfAbsent(String.valueOf(text(event, Property.UID)), u -> new ArrayList<>())
                        .add(new SeriesExceptions.Override(event, line));
            }
        }
        if (masters.isEmpty() && overrides.isEmpty()) {
            throw new InvalidInputException(Problem.atLine(1, "ics.error.noEvents"));
        }
        if (masters.size() > MAX_EVENTS) {
            throw new InvalidInputException(Problem.atLine(masters.get(MAX_EVENTS).line(), "ics.error.tooManyEvents",
                    MAX_EVENTS));
        }
        List<ImportedEvent> events = new ArrayList<>();
        for (Found found : masters) {
            List<SeriesExceptions.Override> own = overrides.remove(String.valueOf(text(found.event(), Property.UID)));
            imported(found.event(), found.line(), own == null ? List.of() : own, problems).ifPresent(events::add);
        }
        overrides.values().stream().flatMap(List::stream).forEach(o -> problems.add(
                Problem.atLine(o.line(), "ics.error.occurrenceWithoutSeries")));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(p -> p.line() == null ? 0 : p.line()));
            throw new InvalidInputException(problems);
        }
        return events;
    }

    private static String name(String line) {
        return line.split("[;:]", 2)[0].strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Strict parsing of the unfolded content lines (so folding without the leading space and blank lines between
     * components do no harm). A refusal names the line and shows it, never the parser's own words.
     */
    private static Calendar parse(List<CalendarText.Line> lines) {
        String text = lines.stream().map(CalendarText.Line::text).collect(Collectors.joining("\r\n", "", "\r\n"));
        int index;
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            index = Math.max(e.getLineNo(), 1) - 1;
        } catch (IOException | RuntimeException e) {
            index = -1;
        }
        CalendarText.Line line = index >= 0 && index < lines.size() ? lines.get(index) : null;
        throw new InvalidInputException(line == null ? Problem.atLine(1, "ics.error.unreadableFile")
                : Problem.atLine(line.number(), "ics.error.unreadable", CalendarText.shortened(line.text())));
    }

    private static Optional<ImportedEvent> imported(VEvent event, int line, List<SeriesExceptions.Override> overrides,
                                                    List<Problem> problems) {
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
        SeriesExceptions exceptions = SeriesExceptions.of(event, line, rrule, start, end, overrides, problems);
        return Optional.of(new ImportedEvent(text(event, Property.UID), summary, text(event, Property.DESCRIPTION),
                text(event, Property.LOCATION), start, end, rrule, exceptions.cancelled(), exceptions.moved()));
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
    static LocalDateTime local(Temporal value) {
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
