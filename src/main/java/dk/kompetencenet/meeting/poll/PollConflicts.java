package dk.kompetencenet.meeting.poll;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.calendar.Occurrence;

/**
 * Which invitees already have another meeting at a proposed time: one query for all invitees of the poll (per 500),
 * the meetings' occurrences expanded as the calendar does ({@link Meeting#occurrencesBetween}). Only reads.
 */
@ApplicationScoped
class PollConflicts {

    private static final int IN_LIST_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** What one invitee has at one time: the titles of their other meetings then. */
    record Key(Long employeeId, Long slotId) {
    }

    /** For each invitee and time with a conflict, the titles of the meetings it conflicts with. */
    Map<Key, Set<String>> of(DatePoll poll, Collection<Long> employeeIds) {
        Map<Key, Set<String>> busy = new HashMap<>();
        List<PollSlot> slots = poll.getSlots();
        if (slots.isEmpty() || employeeIds.isEmpty()) {
            return busy;
        }
        LocalDateTime from = slots.get(0).getStartAt();
        LocalDateTime to = slots.stream().map(PollSlot::getEndAt).max(LocalDateTime::compareTo).orElseThrow();
        Long became = poll.getMeeting() == null ? -1L : poll.getMeeting().getId();
        Map<Meeting, List<Occurrence>> occurrences = new IdentityHashMap<>();
        List<Long> ids = List.copyOf(employeeIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            List<Object[]> rows = em.createQuery("select i.employee.id, m from Invitation i join i.meeting m"
                            + " where i.employee.id in :ids and m.cancelled = false and m.id <> :became"
                            + " and m.startAt < :to and m.seriesEnd > :from", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
                    .setParameter("became", became).setParameter("from", from).setParameter("to", to)
                    .getResultList();
            for (Object[] row : rows) {
                Meeting meeting = (Meeting) row[1];
                List<Occurrence> theirs = occurrences.computeIfAbsent(meeting, m -> m.occurrencesBetween(from, to));
                for (PollSlot slot : slots) {
                    if (theirs.stream().anyMatch(o -> slot.overlaps(o.start(), o.end()))) {
                        busy.computeIfAbsent(new Key((Long) row[0], slot.getId()), k -> new TreeSet<>())
                                .add(meeting.getTitle());
                    }
                }
            }
        }
        return busy;
    }
}
