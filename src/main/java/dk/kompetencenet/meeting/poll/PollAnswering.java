package dk.kompetencenet.meeting.poll;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;

/**
 * An invitee's answers, through their personal link: the token is the only key (no login), so an unknown or malformed
 * token is "not found", like an address that does not exist. A logged-in invitee reaches the same page from the poll
 * list with their own token. A save made on an older copy, or after the poll closed, changes nothing.
 */
@ApplicationScoped
@Transactional
public class PollAnswering {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PollConflicts conflicts;

    @Inject
    private AuditLog audit;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    /** The invitee whose link this is. */
    public PollInvitee byToken(String token) {
        if (token == null || !token.matches(PollInvitee.TOKEN_PATTERN)) {
            throw new NotFoundException();
        }
        return em.createNamedQuery("PollInvitee.byToken", PollInvitee.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The logged-in caller's own place in a poll (their token opens the same answer page); not found if not asked. */
    public PollInvitee mine(Long pollId) {
        Long me = caller.employeeId().orElseThrow(NotFoundException::new);
        return em.createQuery("select i from PollInvitee i where i.poll.id = :poll and i.employee.id = :me",
                        PollInvitee.class).setParameter("poll", pollId).setParameter("me", me).getResultStream()
                .findFirst().orElseThrow(NotFoundException::new);
    }

    /** For each time of the poll, the titles of the invitee's other meetings then (none: not in the map). */
    public Map<Long, Set<String>> conflicts(PollInvitee invitee) {
        return conflicts.of(invitee.getPoll(), List.of(invitee.getEmployee().getId())).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().slotId(), Map.Entry::getValue));
    }

    /**
     * Saves the answers given (time id to answer; a time left out or null keeps its earlier answer, if any).
     *
     * @param version the invitee's version the page was shown with
     */
    public void answer(String token, long version, Map<Long, Availability> given) {
        PollInvitee invitee = byToken(token);
        DatePoll poll = invitee.getPoll();
        poll.requireOpen();
        invitee.requireVersion(version);
        Map<PollSlot, Availability> answers = new LinkedHashMap<>();
        given.forEach((slotId, availability) -> {
            if (availability != null) {
                answers.put(poll.slot(slotId), availability);
            }
        });
        if (answers.isEmpty()) {
            throw new InvalidInputException(Problem.inField("answers", "poll.error.noAnswer"));
        }
        invitee.answer(answers, clock.instant());
        em.flush();
        audit.recordAbout(invitee.getEmployee().getId(), "ANSWER_POLL", invitee, poll.getTitle() + ", "
                + answers.size() + " times");
    }
}
