package dk.kompetencenet.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Tells the feed cache what a transaction changed that feeds show, once it has committed. EclipseLink descriptor
 * listeners on the entities a feed is made of (meetings, their occurrences, invitations, networks, the organisers'
 * names, feed tokens) collect ids while the transaction writes; an interposed synchronization fires one
 * {@link FeedChange} event after the commit, so a feed rendered meanwhile from the old rows is not kept (see
 * {@link FeedCache}), and nothing is invalidated for a rollback. Writes that bypass JPA (plain JDBC, bulk JPQL) are
 * not seen: such code must fire {@link FeedChange#ofEverything()} itself. Only changes made in this JVM are seen.
 */
@ApplicationScoped
public class FeedChanges {

    private static final Logger LOG = Logger.getLogger(FeedChanges.class.getName());
    private static final Object KEY = FeedChanges.class;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Event<FeedChange> events;

    private boolean listening;

    /** Starts listening; the cache calls this before it keeps its first copy, so no change before it matters. */
    synchronized void start() {
        if (listening) {
            return;
        }
        Session session = emf.unwrap(Session.class);
        PersistenceUnitUtil loaded = emf.getPersistenceUnitUtil();
        listen(session, Meeting.class, (meeting, change) -> {
            change.meeting(meeting.getId()).person(meeting.getOrganiser().getId());
            if (loaded.isLoaded(meeting, "network") && meeting.getNetwork() != null) {
                change.network(meeting.getNetwork().getId());
            }
        }, (event, change) -> {
            if (cameIntoWindow(event)) {
                change.everything();
            }
        });
        listen(session, MeetingOccurrence.class, (occurrence, change) -> {
            if (loaded.isLoaded(occurrence, "meeting")) {
                change.meeting(occurrence.getMeeting().getId());
            } else {
                change.everything();
            }
        }, null);
        listen(session, Invitation.class, (invitation, change) -> change.person(invitation.getEmployee().getId()),
                null);
        listen(session, Network.class, (network, change) -> change.network(network.getId()), null);
        listen(session, FeedToken.class, (token, change) -> change.token(token.getToken()), null);
        listen(session, Employee.class, null, (event, change) -> {
            if (changed(event, "firstName", "lastName", "email")) {
                change.name(((Employee) event.getObject()).getId());
            }
        });
        listening = true;
    }

    /**
     * Listens to inserts, updates and deletes of one entity: {@code anyWrite} for each (null: none), {@code onUpdate}
     * additionally for updates, with the event and its change set.
     */
    private <T> void listen(Session session, Class<T> type, BiConsumer<T, FeedChange.Builder> anyWrite,
                            BiConsumer<DescriptorEvent, FeedChange.Builder> onUpdate) {
        session.getDescriptor(type).getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void aboutToInsert(DescriptorEvent event) {
                write(event);
            }

            @Override
            public void aboutToUpdate(DescriptorEvent event) {
                write(event);
                if (onUpdate != null) {
                    onUpdate.accept(event, collector());
                }
            }

            @Override
            public void aboutToDelete(DescriptorEvent event) {
                write(event);
            }

            private void write(DescriptorEvent event) {
                if (anyWrite != null) {
                    anyWrite.accept(type.cast(event.getObject()), collector());
                }
            }
        });
    }

    /** This transaction's collector, made (with its after-commit synchronization) on the first change. */
    private FeedChange.Builder collector() {
        if (transactions.getTransactionKey() == null) {
            // Not expected with a JTA persistence unit; without a commit to wait for, every copy goes at once.
            fire(FeedChange.ofEverything());
            return new FeedChange.Builder();
        }
        FeedChange.Builder change = (FeedChange.Builder) transactions.getResource(KEY);
        if (change == null) {
            FeedChange.Builder created = new FeedChange.Builder();
            transactions.putResource(KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing is known to be written until the commit.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        fire(created.build());
                    }
                }
            });
            change = created;
        }
        return change;
    }

    private void fire(FeedChange change) {
        if (change.isEmpty()) {
            return;
        }
        try {
            events.fire(change);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not mark calendar feeds stale after a change", e);
        }
    }

    /** Whether the series now reaches into the feeds' window (the past year) from before it: not in any copy yet. */
    private static boolean cameIntoWindow(DescriptorEvent event) {
        ObjectChangeSet changes = changeSet(event);
        if (changes == null) {
            return true;
        }
        ChangeRecord seriesEnd = changes.getChangesForAttributeNamed("seriesEnd");
        if (seriesEnd == null) {
            return false;
        }
        Object before = seriesEnd.getOldValue();
        LocalDateTime windowStart = LocalDate.now(Zones.COPENHAGEN).minusYears(1).minusDays(1).atStartOfDay();
        return !(before instanceof LocalDateTime old) || !old.isAfter(windowStart);
    }

    private static boolean changed(DescriptorEvent event, String... attributes) {
        ObjectChangeSet changes = changeSet(event);
        return changes == null || List.of(attributes).stream().anyMatch(a -> changes.getChangesForAttributeNamed(a) != null);
    }

    private static ObjectChangeSet changeSet(DescriptorEvent event) {
        if (event.getChangeSet() != null) {
            return event.getChangeSet();
        }
        return event.getQuery() instanceof WriteObjectQuery write
                ? (ObjectChangeSet) write.getObjectChangeSet() : null;
    }
}
