package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * The repetitions a meeting series may have, as an RFC 5545 RRULE value: daily or every 2 to
 * {@value #MAX_DAILY_INTERVAL} days (optionally on given weekdays), weekly or every 2 to 8 weeks (optionally on
 * given weekdays), monthly or every 2 to 12 months on a weekday ({@code 2TU}, {@code -1FR}) or a day of the month,
 * or yearly or every 2 to 10 years in one month, on a weekday of it or a day of the month; ended by COUNT or UNTIL
 * with never more than {@value #MAX_OCCURRENCES} meetings, or without end ({@link OpenEndedSeries}: held up to a
 * horizon a year ahead). Refusals name the field {@code rrule}.
 */
public final class RecurrenceRules {

    public static final int MAX_OCCURRENCES = 200;
    public static final int MAX_WEEKLY_INTERVAL = 8;
    public static final int MAX_DAILY_INTERVAL = 14;
    public static final int MAX_MONTHLY_INTERVAL = 12;
    public static final int MAX_YEARLY_INTERVAL = 10;

    private static final String PREFIX = "RRULE:";
    private static final Set<String> DAILY_PARTS = Set.of("FREQ", "COUNT", "UNTIL", "INTERVAL", "BYDAY", "WKST");
    private static final Set<String> WEEKLY_PARTS = Set.of("FREQ", "COUNT", "UNTIL", "INTERVAL", "BYDAY", "WKST");
    private static final Set<String> MONTHLY_PARTS = Set.of("FREQ", "COUNT", "UNTIL", "INTERVAL", "BYDAY", "BYSETPOS",
            "BYMONTHDAY", "WKST");
    private static final Set<String> YEARLY_PARTS = Set.of("FREQ", "COUNT", "UNTIL", "INTERVAL", "BYMONTH", "BYDAY",
            "BYSETPOS", "BYMONTHDAY", "WKST");
    /** What iCal4j gives for a COUNT or INTERVAL the rule does not have. */
    static final int ABSENT = -1;
    private static final Set<Integer> WEEKS_OF_MONTH = Set.of(1, 2, 3, 4, -1);
    /** Far beyond the last of {@value #MAX_OCCURRENCES} meetings held at most every 8 weeks or every month. */
    private static final int HORIZON_YEARS = 100;

    private RecurrenceRules() {
    }

    /**
     * The rule in canonical form, without the "RRULE:" prefix, with UNTIL as a UTC date-time (a date means the end of
     * that day in Copenhagen). Without the series' start an UNTIL cannot be counted: use
     * {@link #normalise(String, LocalDateTime)} where the start is known.
     *
     * @throws InvalidInputException for a rule that cannot be read, repeats otherwise than allowed or has a COUNT
     *                               above {@value #MAX_OCCURRENCES}
     */
    public static String normalise(String rrule) {
        String value = rrule == null ? "" : rrule.strip();
        if (value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            value = value.substring(PREFIX.length());
        }
        Recur<Temporal> recur = parse(value);
        return bounded(recur, value, repetition(recur, value)).build().toString();
    }

    /**
     * As {@link #normalise(String)}, and also counts the meetings from the series' start: an UNTIL may not give more
     * than {@value #MAX_OCCURRENCES} or none at all.
     */
    public static String normalise(String rrule, LocalDateTime start) {
        String normalised = normalise(rrule);
        int found = starts(normalised, start, MAX_OCCURRENCES + 1).size();
        if (found == 0) {
            throw new InvalidInputException(Problem.inField("rrule", "meeting.error.rrule.noOccurrences"));
        }
        if (found > MAX_OCCURRENCES && !OpenEndedSeries.isOpenEnded(normalised)) {
            throw tooMany();
        }
        return normalised;
    }

    /**
     * The local start times a normalised rule gives from the series' start, at most {@code limit} of them (for a
     * series without end: those before its horizon, at most {@value OpenEndedSeries#MOST}). Expanded in Copenhagen
     * time, so that a meeting at 14:00 stays at 14:00 across summer time, and a UTC UNTIL is compared correctly.
     */
    static List<LocalDateTime> starts(String rrule, LocalDateTime start, int limit) {
        return expanded(rrule, start.atZone(COPENHAGEN), limit).stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    /**
     * The starts a normalised rule gives from {@code seed}, in the seed's own time zone: at most {@code limit}, or
     * for a series without end those before its horizon, at most {@value OpenEndedSeries#MOST}.
     */
    static List<ZonedDateTime> expanded(String rrule, ZonedDateTime seed, int limit) {
        boolean openEnded = OpenEndedSeries.isOpenEnded(rrule);
        ZonedDateTime end = openEnded
                ? OpenEndedSeries.horizon(seed.withZoneSameInstant(COPENHAGEN).toLocalDateTime()).atZone(COPENHAGEN)
                : seed.plusYears(HORIZON_YEARS);
        return new Recur<ZonedDateTime>(rrule).getDates(seed, seed, end, openEnded ? OpenEndedSeries.MOST : limit)
                .stream().filter(z -> z.isBefore(end)).toList();
    }

    /** The same rule without COUNT or UNTIL. */
    private static String withoutEnd(String rule) {
        return Arrays.stream(rule.split(";")).filter(part -> !part.startsWith("COUNT=") && !part.startsWith("UNTIL="))
                .collect(Collectors.joining(";"));
    }

    /** The same rule, ending after a number of occurrences (for a series cut at "this and following"). */
    public static String withCount(String rule, int count) {
        return withoutEnd(rule) + ";COUNT=" + count;
    }

    private static Recur<Temporal> parse(String value) {
        try {
            return new Recur<>(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw unreadable(value);
        }
    }

    /** FREQ, INTERVAL, BYMONTH, BYDAY, BYMONTHDAY and WKST, if they are allowed, in canonical form. */
    private static Recur.Builder<Temporal> repetition(Recur<Temporal> recur, String value) {
        Frequency frequency = recur.getFrequency();
        Set<String> parts;
        int maxInterval;
        if (frequency == Frequency.DAILY) {
            parts = DAILY_PARTS;
            maxInterval = MAX_DAILY_INTERVAL;
        } else if (frequency == Frequency.WEEKLY) {
            parts = WEEKLY_PARTS;
            maxInterval = MAX_WEEKLY_INTERVAL;
        } else if (frequency == Frequency.MONTHLY) {
            parts = MONTHLY_PARTS;
            maxInterval = MAX_MONTHLY_INTERVAL;
        } else if (frequency == Frequency.YEARLY) {
            parts = YEARLY_PARTS;
            maxInterval = MAX_YEARLY_INTERVAL;
        } else {
            throw notAllowed(); // every hour, minute or second: not meetings
        }
        if (!partNames(value).allMatch(parts::contains)) {
            throw notAllowed();
        }
        boolean inMonths = frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY;
        if (frequency == Frequency.YEARLY && (recur.getMonthList().size() > 1
                || recur.getMonthList().isEmpty() && !(recur.getDayList().isEmpty() && recur.getMonthDayList().isEmpty()))) {
            throw notAllowed(); // a weekday or a day of the month, in one named month
        }
        return new Recur.Builder<Temporal>().frequency(frequency)
                .interval(interval(recur, maxInterval))
                .monthList(recur.getMonthList())
                .dayList(inMonths ? weekOfMonth(recur) : weekdays(recur))
                .monthDayList(monthDay(recur))
                .weekStartDay(recur.getWeekStartDay());
    }

    /** The rule ended by COUNT (1 to {@value #MAX_OCCURRENCES}) or by UNTIL in UTC, never by both; or without end. */
    private static Recur.Builder<Temporal> bounded(Recur<Temporal> recur, String value, Recur.Builder<Temporal> rule) {
        int count = recur.getCount();
        Temporal until = recur.getUntil();
        if (count != ABSENT && (count < 1 || until != null)) {
            throw unreadable(value);
        }
        if (count > MAX_OCCURRENCES) {
            throw tooMany();
        }
        if (count == ABSENT && until == null) {
            return rule;
        }
        return until == null ? rule.count(count) : rule.until(utc(until));
    }

    private static Stream<String> partNames(String value) {
        return Arrays.stream(value.split(";")).map(part -> part.split("=", 2)[0].strip().toUpperCase(Locale.ROOT));
    }

    /** The INTERVAL if it is within 1..max, left out when it is 1. */
    private static Integer interval(Recur<Temporal> recur, int max) {
        int interval = recur.getInterval();
        if (interval == ABSENT || interval == 1) {
            return null;
        }
        if (interval < 1 || interval > max) {
            throw notAllowed();
        }
        return interval;
    }

    /** Daily and weekly BYDAY: plain weekdays only. */
    private static List<WeekDay> weekdays(Recur<Temporal> recur) {
        if (recur.getDayList().stream().anyMatch(day -> day.getOffset() != 0)) {
            throw notAllowed();
        }
        return recur.getDayList();
    }

    /**
     * Monthly and yearly BYDAY: one weekday in the 1st to 4th or last week of the month, written {@code 2TU}; Outlook's form
     * {@code BYDAY=TU;BYSETPOS=2} becomes that.
     */
    private static List<WeekDay> weekOfMonth(Recur<Temporal> recur) {
        List<WeekDay> days = recur.getDayList();
        List<Integer> positions = recur.getSetPosList();
        if (days.isEmpty() && positions.isEmpty()) {
            return days;
        }
        if (days.size() != 1 || positions.size() > 1 || !recur.getMonthDayList().isEmpty()) {
            throw notAllowed();
        }
        WeekDay day = days.get(0);
        boolean bySetPosition = positions.size() == 1 && day.getOffset() == 0;
        int week = bySetPosition ? positions.get(0) : day.getOffset();
        if (!WEEKS_OF_MONTH.contains(week) || !bySetPosition && !positions.isEmpty()) {
            throw notAllowed();
        }
        return List.of(new WeekDay(day, week));
    }

    /** BYMONTHDAY: at most one day of the month. */
    private static List<Integer> monthDay(Recur<Temporal> recur) {
        if (recur.getMonthDayList().size() > 1) {
            throw notAllowed();
        }
        return recur.getMonthDayList();
    }

    private static InvalidInputException unreadable(String value) {
        return new InvalidInputException(Problem.inField("rrule", "meeting.error.rrule.unreadable", value));
    }

    private static InvalidInputException notAllowed() {
        return new InvalidInputException(Problem.inField("rrule", "meeting.error.rrule.frequency"));
    }

    private static InvalidInputException tooMany() {
        return new InvalidInputException(Problem.inField("rrule", "meeting.error.rrule.tooMany", MAX_OCCURRENCES));
    }

    /** UNTIL as RFC 5545 wants it beside a DTSTART with a TZID: in UTC. Dates and floating times are Copenhagen's. */
    private static Temporal utc(Temporal until) {
        OffsetDateTime instant;
        if (until instanceof LocalDate date) {
            instant = date.atTime(23, 59, 59).atZone(COPENHAGEN).toOffsetDateTime();
        } else if (until instanceof LocalDateTime floating) {
            instant = floating.atZone(COPENHAGEN).toOffsetDateTime();
        } else {
            instant = OffsetDateTime.from(until);
        }
        return instant.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
