package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A series without COUNT or UNTIL, as Outlook and Google write one by default. Kompetencenet keeps every series
 * bounded, so such a series is imported up to a horizon: the occurrences that start within {@value #HORIZON_YEARS}
 * year of its first start, at most {@value RecurrenceRules#MAX_OCCURRENCES}, by giving it an UNTIL; the preview says
 * so.
 */
final class OpenEndedSeries {

    static final int HORIZON_YEARS = 1;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private OpenEndedSeries() {
    }

    /** True for a rule that has neither COUNT nor UNTIL. */
    static boolean isOpenEnded(String rrule) {
        return Arrays.stream(rrule.split(";")).map(part -> part.split("=", 2)[0].strip().toUpperCase(Locale.ROOT))
                .noneMatch(name -> name.equals("COUNT") || name.equals("UNTIL"));
    }

    /** The rule ended at its last occurrence within the horizon (the start itself if the rule gives none there). */
    static String bounded(String rrule, LocalDateTime start) {
        LocalDateTime horizon = start.plusYears(HORIZON_YEARS);
        List<LocalDateTime> starts = RecurrenceRules.starts(rrule, start, RecurrenceRules.MAX_OCCURRENCES).stream()
                .filter(s -> s.isBefore(horizon)).toList();
        LocalDateTime last = starts.isEmpty() ? start : starts.get(starts.size() - 1);
        return rrule + ";UNTIL=" + UTC.format(last.atZone(COPENHAGEN).withZoneSameInstant(ZoneOffset.UTC));
    }
}
