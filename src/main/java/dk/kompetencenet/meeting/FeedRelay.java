package dk.kompetencenet.meeting;

import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.cluster.ClusterTopics;
import dk.kompetencenet.platform.persistence.DatabaseReady;

/**
 * Carries each committed {@link FeedChange} to the other nodes of a cluster, whose {@link FeedCache} then drops the
 * copies it makes stale, as this node's cache does on the CDI event itself. A change from another node is applied to
 * this node's cache directly, never fired as an event, so it is not sent on again. Without a cluster nothing is sent.
 */
@ApplicationScoped
public class FeedRelay {

    static final String TOPIC = "kompetencenet.feed-changes";

    @Inject
    private ClusterTopics topics;

    @Inject
    private FeedCache cache;

    private Consumer<FeedChange> apply;

    /**
     * From start-up on: this node's commits are collected (the cache starts {@link FeedChanges} when made, and a node
     * must tell the others of its changes even if it never serves a feed itself), and the other nodes' are applied.
     */
    void start(@Observes @Priority(DatabaseReady.STARTED - 1) DatabaseReady ready) {
        cache.copies();
        listen(change -> cache.changed(change));
    }

    synchronized void listen(Consumer<FeedChange> applyHere) {
        if (apply != null) {
            return;
        }
        apply = applyHere;
        topics.subscribe(TOPIC, FeedChange.class, this::fromOtherNode);
    }

    /** A change committed on this node (fired by {@link FeedChanges} after the commit): the other nodes learn it. */
    void committedHere(@Observes FeedChange change) {
        topics.publish(TOPIC, change);
    }

    private void fromOtherNode(FeedChange change) {
        apply.accept(change);
    }
}
