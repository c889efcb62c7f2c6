package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import dk.kompetencenet.platform.i18n.Zones;

/**
 * The meeting form's recurrence choices, turned into an RFC 5545 RRULE and back: none, every n weeks, or monthly on the
 * same weekday (e.g. the second Tuesday), ending after a number of times or on a date. Other rules are kept as text.
 */
public class Recurrence implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** How the meeting repeats. */
    public enum Repeat {
        NONE, WEEKLY, MONTHLY_WEEKDAY, CUSTOM;

        public String labelKey() {
            return "recurrence." + name();
        }
    }

    private Repeat repeat = Repeat.NONE;
    private int intervalWeeks = 2;
    private boolean endsOnDate;
    private Integer count = 10;
    private LocalDate until;
    private String custom;

    /** Reads a stored rule back into the choices; a rule the choices cannot express is kept as text. */
    public static Recurrence of(String rrule) {
        Recurrence r = new Recurrence();
        if (rrule == null || rrule.isBlank()) {
            return r;
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : rrule.split(";")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String freq = parts.get("FREQ");
        boolean weekly = "WEEKLY".equals(freq) && !parts.containsKey("BYDAY");
        boolean monthly = "MONTHLY".equals(freq) && parts.getOrDefault("BYDAY", "").matches("-?\\d[A-Z]{2}")
                && !parts.containsKey("INTERVAL");
        if (!weekly && !monthly || !(parts.containsKey("COUNT") || parts.containsKey("UNTIL"))) {
            r.repeat = Repeat.CUSTOM;
            r.custom = rrule;
            return r;
        }
        r.repeat = weekly ? Repeat.WEEKLY : Repeat.MONTHLY_WEEKDAY;
        r.intervalWeeks = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        if (parts.containsKey("COUNT")) {
            r.count = Integer.valueOf(parts.get("COUNT"));
            r.endsOnDate = false;
        } else {
            r.endsOnDate = true;
            r.until = LocalDate.parse(parts.get("UNTIL").substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        }
        return r;
    }

    /** The RRULE for a series starting at start, or null for a single meeting. */
    public String rrule(LocalDateTime start) {
        String end = endsOnDate && until != null
                ? "UNTIL=" + UTC.format(until.atTime(23, 59, 59).atZone(Zones.COPENHAGEN).withZoneSameInstant(ZoneOffset.UTC))
                : "COUNT=" + (count == null ? 1 : count);
        return switch (repeat) {
            case NONE -> null;
            case WEEKLY -> "FREQ=WEEKLY;INTERVAL=" + intervalWeeks + ";" + end;
            case MONTHLY_WEEKDAY -> start == null ? null : "FREQ=MONTHLY;BYDAY=" + weekdayOfMonth(start.toLocalDate()) + ";" + end;
            case CUSTOM -> custom;
        };
    }

    /** "2TU" for the second Tuesday; "-1FR" for a fifth (and so last) Friday. */
    static String weekdayOfMonth(LocalDate day) {
        int nth = (day.getDayOfMonth() - 1) / 7 + 1;
        String weekday = day.getDayOfWeek().name().substring(0, 2);
        return (nth == 5 ? "-1" : String.valueOf(nth)) + weekday;
    }

    public Repeat[] getRepeats() {
        return Repeat.values();
    }


    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat;
    }

    public int getIntervalWeeks() {
        return intervalWeeks;
    }

    public void setIntervalWeeks(int intervalWeeks) {
        this.intervalWeeks = intervalWeeks;
    }

    public boolean isEndsOnDate() {
        return endsOnDate;
    }

    public void setEndsOnDate(boolean endsOnDate) {
        this.endsOnDate = endsOnDate;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getCustom() {
        return custom;
    }

    public void setCustom(String custom) {
        this.custom = custom;
    }
}
