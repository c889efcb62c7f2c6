package dk.kompetencenet.overview;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.MeetingKind;

/**
 * Attendance at network and theme meetings by people in view, per month of the occurrence (Copenhagen time, as
 * meetings are kept), over the last {@link #MONTHS} months up to this one. One statement, counting per occurrence,
 * kind and status in the database; the occurrences are put into their months here, since Derby and PostgreSQL share no
 * function for a timestamp's month.
 */
@ApplicationScoped
public class MonthlyAttendance {

    static final int MONTHS = 12;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** One month: attendance recorded at network and at theme meetings, and how many were present at each. */
    public record Month(YearMonth month, long networkRecorded, long networkPresent, long themeRecorded,
                        long themePresent) implements Serializable {
    }

    /** Every month of the window, oldest first, also those without a meeting (all zero). */
    List<Month> of(List<Long> ids) {
        YearMonth last = YearMonth.now(clock.withZone(COPENHAGEN));
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new long[4]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.occurrence_start, m.kind, t.status, COUNT(*)"
                        + " FROM attendance t JOIN invitation i ON i.id = t.invitation_id"
                        + " JOIN meeting m ON m.id = i.meeting_id WHERE t.occurrence_start >= ?"
                        + " AND t.occurrence_start < ? AND m.kind IN (?, ?) AND"
                        + OverviewService.worksInView("i.employee_id", ids)
                        + " GROUP BY t.occurrence_start, m.kind, t.status")
                .setParameter(1, Timestamp.valueOf(first.atDay(1).atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(last.plusMonths(1).atDay(1).atStartOfDay()))
                .setParameter(3, MeetingKind.NETWORK_MEETING.name()).setParameter(4, MeetingKind.THEME_MEETING.name())
                .getResultList();
        for (Object[] r : rows) {
            long[] c = counts.get(YearMonth.from(localDateTime(r[0])));
            int offset = MeetingKind.NETWORK_MEETING.name().equals(r[1]) ? 0 : 2;
            long n = ((Number) r[3]).longValue();
            c[offset] += n;
            if (AttendanceStatus.PRESENT.name().equals(r[2])) {
                c[offset + 1] += n;
            }
        }
        List<Month> months = new ArrayList<>();
        counts.forEach((m, c) -> months.add(new Month(m, c[0], c[1], c[2], c[3])));
        return months;
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
