package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * A series without COUNT or UNTIL, as Outlook and Google write one by default. It is kept without end: invitations
 * and feeds carry the rule as it is, so calendar programs show it for ever, as the program that wrote it did.
 * Kompetencenet itself holds its meetings up to a horizon that moves with the calendar: those that start before a year
 * from today (or from the first meeting, if that is later), at most {@value #MOST}; each day adds the next.
 */
public final class OpenEndedSeries {

    public static final int HORIZON_YEARS = 1;
    /** Enough for a daily series running for two years past its first start. */
    static final int MOST = 1_000;
    /** What a series without end is stored as ending at, so that every period after its start finds it. */
    public static final LocalDateTime NO_END = LocalDateTime.of(9999, 12, 31, 0, 0);

    private OpenEndedSeries() {
    }

    /** True for a rule that has neither COUNT nor UNTIL. */
    public static boolean isOpenEnded(String rrule) {
        return rrule != null && !rrule.isBlank() && Arrays.stream(rrule.split(";"))
                .map(part -> part.split("=", 2)[0].strip().toUpperCase(Locale.ROOT))
                .noneMatch(name -> name.equals("COUNT") || name.equals("UNTIL"));
    }

    /** The end of the period in which a series starting at {@code start} is held today. */
    static LocalDateTime horizon(LocalDateTime start) {
        LocalDateTime today = LocalDate.now(COPENHAGEN).atStartOfDay();
        return (start.isAfter(today) ? start : today).plusYears(HORIZON_YEARS);
    }
}
