package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.FeedToken.OwnerType;
import dk.kompetencenet.meeting.calendar.ICalendarWriter;
import dk.kompetencenet.meeting.calendar.Method;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;

/**
 * Calendar subscriptions at secret URLs: a person's own meetings, or a network's. The owner (for a network: those who
 * run it) gets the token and may regenerate it, which revokes the old URL. Feeds hold the past year and everything ahead.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private NetworkService networks;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The caller's personal feed token, made on first use. */
    public String myToken() {
        return token(OwnerType.PERSON, me());
    }

    public String regenerateMyToken() {
        return regenerate(OwnerType.PERSON, me());
    }

    /** A network's feed token: members may subscribe; those who run the network may also regenerate it. */
    public String networkToken(Long networkId) {
        Network network = networks.get(networkId);
        if (!networks.canRun(network) && !networks.isMember(networkId, caller.employeeId().orElse(-1L))) {
            throw new AccessDeniedException();
        }
        return token(OwnerType.NETWORK, networkId);
    }

    public String regenerateNetworkToken(Long networkId) {
        networks.requireRunner(networks.get(networkId));
        return regenerate(OwnerType.NETWORK, networkId);
    }

    private Long me() {
        return caller.employeeId().orElseThrow(AccessDeniedException::new);
    }

    private String token(OwnerType type, Long owner) {
        return em.createNamedQuery("FeedToken.active", FeedToken.class).setParameter("type", type)
                .setParameter("owner", owner).getResultStream().findFirst()
                .orElseGet(() -> {
                    FeedToken created = new FeedToken(type, owner, clock.instant());
                    em.persist(created);
                    return created;
                }).getToken();
    }

    private String regenerate(OwnerType type, Long owner) {
        em.createNamedQuery("FeedToken.active", FeedToken.class).setParameter("type", type)
                .setParameter("owner", owner).getResultList().forEach(t -> t.revoke(clock.instant()));
        FeedToken created = new FeedToken(type, owner, clock.instant());
        em.persist(created);
        em.flush();
        audit.record("FEED_REGENERATED", type.name(), owner, null);
        return created.getToken();
    }

    /**
     * Renders the calendar behind a token, needing no login, for the given Copenhagen day: the past year from that
     * day's start and everything ahead. Served through {@link FeedCache}, which calls this once per change and day.
     *
     * @throws NotFoundException for an unknown or revoked token
     */
    public FeedCopy render(String token, LocalDate day, Instant now) {
        FeedToken feed = em.createNamedQuery("FeedToken.byToken", FeedToken.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        LocalDateTime since = day.minusYears(1).atStartOfDay();
        List<Meeting> meetings = feed.getOwnerType() == OwnerType.PERSON
                ? em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.seriesEnd > :since and (m.organiser.id = :id or m.id in"
                        + " (select i.meeting.id from Invitation i where i.employee.id = :id))", Meeting.class)
                .setParameter("since", since).setParameter("id", feed.getOwnerId()).getResultList()
                : em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.seriesEnd > :since and m.network.id = :id", Meeting.class)
                .setParameter("since", since).setParameter("id", feed.getOwnerId()).getResultList();
        String name = feed.getOwnerType() == OwnerType.PERSON ? "Kompetencenet"
                : "Kompetencenet – " + networks.get(feed.getOwnerId()).getName();
        String calendar = ICalendarWriter.write(PublishedEvents.of(meetings), Method.PUBLISH, name);
        return FeedCopy.of(calendar, now, day, feed.getOwnerType(), feed.getOwnerId(),
                meetings.stream().map(Meeting::getId).toList(),
                meetings.stream().map(m -> m.getOrganiser().getId()).toList());
    }
}
