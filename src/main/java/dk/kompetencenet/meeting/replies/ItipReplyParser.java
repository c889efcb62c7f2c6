package dk.kompetencenet.meeting.replies;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Reads the one thing Kompetencenet needs from a calendar program's answer: an iTIP REPLY or COUNTER (RFC 5546) with
 * one VEVENT and one ATTENDEE, as Outlook, Exchange, Google Calendar, Apple Calendar and Thunderbird send it. Read line
 * by line rather than with iCal4j, so that what a program adds (Windows time-zone names, X- properties, VALARMs, an
 * unknown VTIMEZONE) cannot make an answer unreadable; the meeting import ({@code calendar/ICalendarReader}) is apart.
 * A RECURRENCE-ID with a TZID Java does not know (Outlook's "Romance Standard Time") is read as Danish local time,
 * which is what a Danish Outlook means by it.
 */
final class ItipReplyParser {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** One content line: name, parameters (names in upper case, quotes removed) and value. */
    record Line(String name, Map<String, String> parameters, String value) {
    }

    private ItipReplyParser() {
    }

    static ItipReply parse(String calendar) throws UnusableReply {
        List<Line> lines = lines(calendar);
        String method = calendarProperty(lines, "METHOD");
        if (method == null) {
            throw new UnusableReply("the calendar has no METHOD");
        }
        method = method.trim().toUpperCase(Locale.ROOT);
        if (!ItipReply.REPLY.equals(method) && !ItipReply.COUNTER.equals(method)) {
            throw new UnusableReply("METHOD:" + method + " is no answer (REPLY or COUNTER)");
        }
        Map<String, Line> event = firstEvent(lines);
        String uid = value(event, "UID");
        Line attendee = event.get("ATTENDEE");
        if (attendee == null) {
            throw new UnusableReply("the VEVENT has no ATTENDEE");
        }
        String email = attendee.value().replaceFirst("(?i)^mailto:", "").trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || !email.contains("@")) {
            throw new UnusableReply("the ATTENDEE has no e-mail address: " + attendee.value());
        }
        LocalDateTime occurrence = event.containsKey("RECURRENCE-ID") ? time(event.get("RECURRENCE-ID")) : null;
        int sequence = sequence(event.get("SEQUENCE"));
        String stamp = event.containsKey("DTSTAMP") ? event.get("DTSTAMP").value().trim() : "";
        Line comment = event.get("COMMENT");
        String text = comment == null ? null : unescape(comment.value());
        if (ItipReply.COUNTER.equals(method)) {
            LocalDateTime start = time(required(event, "DTSTART"));
            LocalDateTime end = time(required(event, "DTEND"));
            if (!end.isAfter(start)) {
                throw new UnusableReply("the proposed DTEND " + end + " is not after DTSTART " + start);
            }
            return new ItipReply(method, uid, email, null, occurrence, sequence, stamp, start, end, text);
        }
        return new ItipReply(method, uid, email, answer(attendee), occurrence, sequence, stamp, null, null, text);
    }

    private static Answer answer(Line attendee) throws UnusableReply {
        String partStat = attendee.parameters().get("PARTSTAT");
        if (partStat == null) {
            throw new UnusableReply("the ATTENDEE has no PARTSTAT");
        }
        try {
            return Answer.valueOf(partStat.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnusableReply("PARTSTAT=" + partStat + " is no answer (ACCEPTED, TENTATIVE or DECLINED)");
        }
    }

    /** A DATE-TIME as local Copenhagen time: UTC ({@code Z}), with a TZID, or floating (taken as Danish time). */
    static LocalDateTime time(Line line) throws UnusableReply {
        String value = line.value().trim();
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE).atStartOfDay();
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(Zones.COPENHAGEN).toLocalDateTime();
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            return local.atZone(zone(line.parameters().get("TZID"))).withZoneSameInstant(Zones.COPENHAGEN)
                    .toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new UnusableReply(line.name() + " '" + value + "' is no date and time (yyyyMMddTHHmmss)");
        }
    }

    private static ZoneId zone(String tzid) {
        if (tzid == null) {
            return Zones.COPENHAGEN;
        }
        try {
            return ZoneId.of(tzid.startsWith("/") ? tzid.substring(1) : tzid);
        } catch (DateTimeException e) {
            return Zones.COPENHAGEN;
        }
    }

    private static int sequence(Line line) throws UnusableReply {
        if (line == null) {
            return 0;
        }
        try {
            return Integer.parseInt(line.value().trim());
        } catch (NumberFormatException e) {
            throw new UnusableReply("SEQUENCE '" + line.value() + "' is no number");
        }
    }

    private static String value(Map<String, Line> event, String name) throws UnusableReply {
        String value = required(event, name).value().trim();
        if (value.isEmpty()) {
            throw new UnusableReply("the VEVENT's " + name + " is empty");
        }
        return value;
    }

    private static Line required(Map<String, Line> event, String name) throws UnusableReply {
        Line line = event.get(name);
        if (line == null) {
            throw new UnusableReply("the VEVENT has no " + name);
        }
        return line;
    }

    private static String calendarProperty(List<Line> lines, String name) {
        int depth = 0;
        for (Line line : lines) {
            if (line.name().equals("BEGIN")) {
                depth++;
            } else if (line.name().equals("END")) {
                depth--;
            } else if (depth == 1 && line.name().equals(name)) {
                return line.value();
            }
        }
        return null;
    }

    /** The first VEVENT's properties (the first of each name), without those of its VALARMs. */
    private static Map<String, Line> firstEvent(List<Line> lines) throws UnusableReply {
        Map<String, Line> event = new LinkedHashMap<>();
        boolean inEvent = false;
        int nested = 0;
        for (Line line : lines) {
            boolean begin = line.name().equals("BEGIN");
            boolean end = line.name().equals("END");
            if (!inEvent) {
                inEvent = begin && line.value().trim().equalsIgnoreCase("VEVENT");
            } else if (begin) {
                nested++;
            } else if (end && nested > 0) {
                nested--;
            } else if (end) {
                return event;
            } else if (nested == 0) {
                event.putIfAbsent(line.name(), line);
            }
        }
        throw new UnusableReply(inEvent ? "the VEVENT has no END" : "the calendar has no VEVENT");
    }

    /** Unfolds (RFC 5545 3.1) and splits content lines; a line without a colon is a broken file. */
    static List<Line> lines(String calendar) throws UnusableReply {
        if (calendar == null || !calendar.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            throw new UnusableReply("the text is no iCalendar (it does not begin with BEGIN:VCALENDAR)");
        }
        String unfolded = calendar.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n[ \t]", "");
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : unfolded.split("\n")) {
            number++;
            if (!raw.isBlank()) {
                lines.add(line(raw, number));
            }
        }
        return lines;
    }

    private static Line line(String raw, int number) throws UnusableReply {
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean quoted = false;
        int nameEnd = -1;
        int parameterStart = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                if (nameEnd < 0) {
                    nameEnd = i;
                } else {
                    parameter(raw.substring(parameterStart, i), parameters);
                }
                parameterStart = i + 1;
                if (c == ':') {
                    return new Line(raw.substring(0, nameEnd).trim().toUpperCase(Locale.ROOT), parameters,
                            raw.substring(i + 1));
                }
            }
        }
        throw new UnusableReply("line " + number + " has no ':' between name and value: " + abbreviated(raw));
    }

    private static void parameter(String text, Map<String, String> parameters) {
        int equals = text.indexOf('=');
        if (equals > 0) {
            parameters.put(text.substring(0, equals).trim().toUpperCase(Locale.ROOT),
                    text.substring(equals + 1).replace("\"", ""));
        }
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
