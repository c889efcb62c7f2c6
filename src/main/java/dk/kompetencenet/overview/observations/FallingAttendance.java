package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.overview.OverviewService;

/**
 * Networks whose attendance fell: the share present of the people in view at the latest {@value #WINDOW} held
 * meetings (occurrences with attendance recorded) against the {@value #WINDOW} before them, when it fell by at least
 * {@value #DROP_POINTS} percentage points. One statement counting per network, occurrence and status.
 */
@ApplicationScoped
public class FallingAttendance {

    static final String KEY = "observation.attendanceFell";
    static final int WINDOW = 3;
    static final int DROP_POINTS = 10;

    @PersistenceContext
    private EntityManager em;

    /** Per network: its name, and present / recorded per occurrence. */
    record Network(Long id, String name, TreeMap<LocalDateTime, long[]> occurrences) {
    }

    List<Observation> in(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Network> networks = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.id, n.name, t.occurrence_start, t.status, COUNT(*)"
                + " FROM attendance t JOIN invitation i ON i.id = t.invitation_id JOIN meeting m ON m.id = i.meeting_id"
                + " JOIN network n ON n.id = m.network_id WHERE" + OverviewService.worksInView("i.employee_id", ids)
                + " GROUP BY n.id, n.name, t.occurrence_start, t.status").getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            long[] counts = networks.computeIfAbsent(id, k -> new Network(k, (String) r[1], new TreeMap<>()))
                    .occurrences().computeIfAbsent(localDateTime(r[2]), k -> new long[2]);
            long n = ((Number) r[4]).longValue();
            counts[1] += n;
            counts[0] += AttendanceStatus.PRESENT.name().equals(r[3]) ? n : 0;
        }
        List<Observation> fell = new ArrayList<>();
        networks.values().forEach(n -> observation(n).ifPresent(fell::add));
        return fell;
    }

    /** The latest occurrences against those before, when the network has enough of both and the share fell. */
    static java.util.Optional<Observation> observation(Network network) {
        List<long[]> held = new ArrayList<>(network.occurrences().values());
        if (held.size() < 2 * WINDOW) {
            return java.util.Optional.empty();
        }
        long[] latest = sum(held.subList(held.size() - WINDOW, held.size()));
        long[] earlier = sum(held.subList(held.size() - 2 * WINDOW, held.size() - WINDOW));
        int now = percent(latest);
        int before = percent(earlier);
        if (before - now < DROP_POINTS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Observation(KEY, List.<Serializable>of(network.name(), WINDOW, now, latest[0], latest[1],
                before, earlier[0], earlier[1]), "/meeting/network.xhtml", "id", network.id()));
    }

    private static long[] sum(List<long[]> occurrences) {
        long[] total = new long[2];
        occurrences.forEach(o -> {
            total[0] += o[0];
            total[1] += o[1];
        });
        return total;
    }

    private static int percent(long[] counts) {
        return counts[1] == 0 ? 0 : (int) Math.round(100.0 * counts[0] / counts[1]);
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
