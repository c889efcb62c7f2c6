package dk.kompetencenet.meeting.poll;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What the organiser sees of a poll: per time, how many said yes, if need be, no, and how many have not answered
 * (counted in the database); per invitee, their answer and their other meetings at each time. A fixed number of
 * queries whatever the number of invitees. Only for those {@link PollService#get} lets in.
 */
@ApplicationScoped
@Transactional
public class PollResults {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PollService polls;

    @Inject
    private PollConflicts conflicts;

    /** The counts of one time. */
    public record Tally(PollSlot slot, long yes, long ifNeedBe, long no, long notAnswered) implements Serializable {
    }

    /** One invitee's answer and conflicts at one time. */
    public record Cell(PollSlot slot, Availability answer, Set<String> busyWith) implements Serializable {

        /** The titles of the other meetings, for the page. */
        public String busyText() {
            return String.join(", ", busyWith);
        }
    }

    /** One invitee's row. */
    public record Row(Long employeeId, String name, List<Cell> cells) implements Serializable {
    }

    public List<Tally> tally(Long pollId) {
        DatePoll poll = polls.get(pollId);
        long asked = em.createQuery("select count(i) from PollInvitee i where i.poll = :poll", Long.class)
                .setParameter("poll", poll).getSingleResult();
        Map<Long, Map<Availability, Long>> counts = new HashMap<>();
        em.createQuery("select a.slot.id, a.availability, count(a) from PollAnswer a where a.slot.poll = :poll"
                        + " group by a.slot.id, a.availability", Object[].class).setParameter("poll", poll)
                .getResultStream().forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Availability) r[1], (Long) r[2]));
        return poll.getSlots().stream().map(slot -> {
            Map<Availability, Long> of = counts.getOrDefault(slot.getId(), Map.of());
            long yes = of.getOrDefault(Availability.YES, 0L);
            long maybe = of.getOrDefault(Availability.IF_NEED_BE, 0L);
            long no = of.getOrDefault(Availability.NO, 0L);
            return new Tally(slot, yes, maybe, no, asked - yes - maybe - no);
        }).toList();
    }

    public List<Row> rows(Long pollId) {
        DatePoll poll = polls.get(pollId);
        List<PollInvitee> invitees = em.createNamedQuery("PollInvitee.ofPoll", PollInvitee.class)
                .setParameter("poll", poll).getResultList();
        Map<Long, Map<Long, Availability>> answers = new HashMap<>();
        em.createQuery("select a.invitee.id, a.slot.id, a.availability from PollAnswer a where a.slot.poll = :poll",
                        Object[].class).setParameter("poll", poll).getResultStream()
                .forEach(r -> answers.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], (Availability) r[2]));
        Map<PollConflicts.Key, Set<String>> busy = conflicts.of(poll,
                invitees.stream().map(i -> i.getEmployee().getId()).toList());
        List<Row> rows = new ArrayList<>();
        for (PollInvitee invitee : invitees) {
            Long employeeId = invitee.getEmployee().getId();
            Map<Long, Availability> given = answers.getOrDefault(invitee.getId(), Map.of());
            rows.add(new Row(employeeId, invitee.getEmployee().getFullName(), poll.getSlots().stream()
                    .map(s -> new Cell(s, given.get(s.getId()),
                            busy.getOrDefault(new PollConflicts.Key(employeeId, s.getId()), Set.of()))).toList()));
        }
        return rows;
    }
}
