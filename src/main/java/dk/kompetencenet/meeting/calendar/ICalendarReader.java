package dk.kompetencenet.meeting.calendar;

import java.io.IOException;
import java.io.StringReader;
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

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;

/**
 * Reads the meetings of an uploaded .ics file (UTF-8, as Outlook, Google and Apple write them) into Copenhagen local
 * time, event by event ({@link EventReading}): {@link #results} gives the events that can be meetings and those that
 * cannot, with their reasons; only a file that cannot be read at all is refused as a whole. It saves nothing itself.
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
     * its line (the line of the event's BEGIN:VEVENT, of the property at fault, or 1 where no line is known) if any
     * event cannot be imported: all or nothing.
     */
    public static List<ImportedEvent> read(byte[] ics) {
        ImportResult result = results(ics);
        if (!result.skipped().isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            result.skipped().forEach(s -> problems.addAll(s.reasons()));
            problems.sort(Comparator.comparingInt(p -> p.line() == null ? 0 : p.line()));
            throw new InvalidInputException(problems);
        }
        return result.events();
    }

    /**
     * Every VEVENT of the file, either read as a meeting or skipped with its reasons, in the file's order. Only a
     * file that cannot be read at all (not UTF-8, not iCalendar, an impossible date, an unknown time zone, no events
     * or too many) gives an {@link InvalidInputException}, naming the line.
     */
    public static ImportResult results(byte[] ics) {
        return results(ics, null);
    }

    /** As {@link #results(byte[])}, and an event longer than {@code longest} (if given) is skipped at its line. */
    public static ImportResult results(byte[] ics, java.time.Duration longest) {
        String text = Utf8.decode(ics, "ics.error.notUtf8");
        List<CalendarText.Line> lines = CalendarText.lines(text);
        CalendarText.check(lines);
        Set<String> defined = CalendarText.definedZones(lines);
        List<CalendarText.Line> parsed = CalendarText.withoutNamelessZones(lines).stream()
                .filter(l -> !UNUSED.contains(name(l.text())))
                .map(l -> new CalendarText.Line(l.number(), WindowsZones.withIanaZone(l.text(), defined))).toList();
        List<VEvent> vevents = parse(parsed).getComponents(Component.VEVENT);
        List<Integer> starts = parsed.stream().filter(l -> l.text().strip().equalsIgnoreCase("BEGIN:VEVENT"))
                .map(CalendarText.Line::number).toList();
        List<Found> masters = new ArrayList<>();
        Map<String, List<SeriesExceptions.Override>> overrides = new HashMap<>();
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
        List<ImportResult.SkippedEvent> skipped = new ArrayList<>();
        for (Found found : masters) {
            List<SeriesExceptions.Override> own = overrides.remove(String.valueOf(text(found.event(), Property.UID)));
            List<Problem> problems = new ArrayList<>();
            Optional<ImportedEvent> event = EventReading.read(found.event(), found.line(),
                    own == null ? List.of() : own, longest, problems);
            if (problems.isEmpty() && event.isPresent()) {
                events.add(event.get());
            } else {
                skipped.add(new ImportResult.SkippedEvent(found.line(), text(found.event(), Property.SUMMARY),
                        problems));
            }
        }
        overrides.values().stream().flatMap(List::stream).forEach(o -> skipped.add(new ImportResult.SkippedEvent(
                o.line(), text(o.event(), Property.SUMMARY),
                List.of(Problem.atLine(o.line(), "ics.error.occurrenceWithoutSeries")))));
        skipped.sort(Comparator.comparingInt(ImportResult.SkippedEvent::line));
        return new ImportResult(events, skipped);
    }

    private static String text(VEvent event, String property) {
        return EventReading.text(event, property);
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

}
