package dk.kompetencenet.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dk.kompetencenet.platform.cluster.ClusterTopics;

/**
 * A data grid in one JVM for unit tests: each {@link #node()} is one node's transport, and a message one node
 * publishes is delivered, at once and on the publishing thread, to the subscribers of the same topic on every other
 * node, as Payara Micro's Hazelcast topic does across JVMs.
 */
public final class LocalGrid {

    private record Subscriber(Object node, String topic, Consumer<byte[]> consumer) {
    }

    private final List<Subscriber> subscribers = new ArrayList<>();
    private int published;

    /** A new node's transport. */
    public ClusterTopics.Transport node() {
        Object node = new Object();
        return new ClusterTopics.Transport() {
            @Override
            public void publish(String topic, byte[] message) {
                List<Subscriber> to;
                synchronized (LocalGrid.this) {
                    published++;
                    to = List.copyOf(subscribers);
                }
                to.stream().filter(s -> s.node() != node && s.topic().equals(topic))
                        .forEach(s -> s.consumer().accept(message.clone()));
            }

            @Override
            public AutoCloseable subscribe(String topic, Consumer<byte[]> fromOtherNodes) {
                Subscriber subscriber = new Subscriber(node, topic, fromOtherNodes);
                synchronized (LocalGrid.this) {
                    subscribers.add(subscriber);
                }
                return () -> {
                    synchronized (LocalGrid.this) {
                        subscribers.remove(subscriber);
                    }
                };
            }
        };
    }

    /** How many messages were published on the grid, by any node. */
    public synchronized int published() {
        return published;
    }
}
