package dk.kompetencenet.meeting.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * Checks an .ics file's text before the parser sees it, so that what the parser would take wrongly or fail on with
 * its own words is refused at its line in ours: dates that do not exist (30 February is not moved to the 28th, month
 * 13 is not an error deep inside the parser) and time zones that are neither defined in the file (VTIMEZONE) nor
 * known by name (an IANA zone, or a Windows name in {@link WindowsZones}).
 */
final class CalendarText {

    private static final Set<String> DATED = Set.of("DTSTART", "DTEND", "DUE", "EXDATE", "RDATE", "RECURRENCE-ID");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})Z?)?");
    private static final Pattern TZID = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)", Pattern.CASE_INSENSITIVE);

    /** A logical (unfolded) content line and the number of the physical line it begins on. */
    record Line(int number, String text) {
    }

    private CalendarText() {
    }

    /** The file's content lines, unfolded (continuations begin with a space or a tab), blank lines left out. */
    static List<Line> lines(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (current != null && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                current.append(line, 1, line.length());
                continue;
            }
            if (current != null) {
                lines.add(new Line(start, current.toString()));
            }
            current = line.isBlank() ? null : new StringBuilder(line);
            start = i + 1;
        }
        if (current != null) {
            lines.add(new Line(start, current.toString()));
        }
        return lines;
    }

    /** @throws InvalidInputException naming each line with an impossible date or an unknown time zone */
    static void check(List<Line> lines) {
        Set<String> defined = definedZones(lines);
        List<Problem> problems = new ArrayList<>();
        for (Line line : lines) {
            int colon = valueStart(line.text());
            String name = line.text().substring(0, colon < 0 ? line.text().length() : colon).split(";", 2)[0]
                    .toUpperCase(Locale.ROOT);
            if (colon < 0 || !DATED.contains(name)) {
                continue;
            }
            Matcher zone = TZID.matcher(line.text().substring(0, colon));
            if (zone.find()) {
                String tzid = zone.group(1).replace("\"", "").strip();
                if (!defined.contains(tzid) && !knownZone(tzid)) {
                    problems.add(Problem.atLine(line.number(), "ics.error.unknownTimeZone", tzid));
                    continue;
                }
            }
            for (String value : line.text().substring(colon + 1).split(",")) {
                if (!possible(value.split("/", 2)[0].strip())) {
                    problems.add(Problem.atLine(line.number(), "ics.error.badDate", shortened(line.text())));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The time zones the file describes itself (the TZID of each VTIMEZONE). */
    static Set<String> definedZones(List<Line> lines) {
        Set<String> defined = new HashSet<>();
        for (Line line : lines) {
            if (line.text().regionMatches(true, 0, "TZID:", 0, 5)) {
                defined.add(line.text().substring(5).strip());
            }
        }
        return defined;
    }

    /**
     * The lines without each VTIMEZONE that names no zone: it describes nothing an event could use, and strict parsing
     * refuses the whole file for it (Zimbra writes one, with only {@code X-INVALID-TIMEZONE:TRUE}).
     */
    static List<Line> withoutNamelessZones(List<Line> lines) {
        List<Line> kept = new ArrayList<>(lines.size());
        List<Line> zone = null;
        for (Line line : lines) {
            String text = line.text().strip();
            if (zone == null && text.equalsIgnoreCase("BEGIN:VTIMEZONE")) {
                zone = new ArrayList<>();
            }
            if (zone == null) {
                kept.add(line);
                continue;
            }
            zone.add(line);
            if (text.equalsIgnoreCase("END:VTIMEZONE")) {
                if (zone.stream().anyMatch(l -> l.text().regionMatches(true, 0, "TZID", 0, 4))) {
                    kept.addAll(zone);
                }
                zone = null;
            }
        }
        if (zone != null) {
            kept.addAll(zone); // an unterminated VTIMEZONE: left for the parser to refuse at its line
        }
        return kept;
    }

    /** Where the value begins: the first colon outside a quoted parameter value, or -1. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean knownZone(String tzid) {
        if (WindowsZones.iana(tzid).isPresent()) {
            return true;
        }
        try {
            ZoneId.of(tzid);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A DATE or DATE-TIME value whose day and time exist (seconds may be 60, a leap second). */
    private static boolean possible(String value) {
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Math.min(Integer.parseInt(m.group(6)), 59));
            }
            return Integer.parseInt(m.group(6) == null ? "0" : m.group(6)) <= 60;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String shortened(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
