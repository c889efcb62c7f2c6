package dk.kompetencenet.platform.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Messages from this node to the other nodes of a cluster (issue 11), over the data grid Payara Micro already runs
 * (Hazelcast, {@link HazelcastTransport}): a message published here reaches the subscribers on every other node, not
 * this node's own (a node acts on its own changes directly). Without a cluster ({@code --nohazelcast}: the plain jar
 * and the tests) there is no other node and publishing does nothing.
 * <p>
 * A message is a small Serializable value sent as the bytes of Java serialisation and read back with the
 * application's class loader (the grid's own deserialisation does not see the application's classes), accepting only
 * the type subscribed and the JDK's classes; anything else is refused and logged.
 */
@ApplicationScoped
public class ClusterTopics {

    private static final Logger LOG = Logger.getLogger(ClusterTopics.class.getName());

    /** How messages travel between the nodes. */
    public interface Transport {

        /** Sends the message to the topic's subscribers on every other node. */
        void publish(String topic, byte[] message);

        /** Calls {@code fromOtherNodes} with each message another node publishes; closing stops it. */
        AutoCloseable subscribe(String topic, Consumer<byte[]> fromOtherNodes);
    }

    private Transport transport;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    public ClusterTopics() {
    }

    /** Topics over the given transport; null: a node alone. */
    public ClusterTopics(Transport transport) {
        this.transport = transport;
    }

    @PostConstruct
    void connect() {
        transport = HazelcastTransport.lookUp().orElse(null);
        LOG.info(transport == null ? "No cluster (Payara Micro's data grid is off): changes stay on this node"
                : "Cluster messages go over Payara Micro's data grid to every other node");
    }

    /** Whether other nodes can be reached. */
    public boolean clustered() {
        return transport != null;
    }

    /** Sends the message to the topic's subscribers on the other nodes; never throws (logged). */
    public void publish(String topic, Serializable message) {
        if (transport == null) {
            return;
        }
        try {
            transport.publish(topic, encode(message));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not send a message to the other nodes on " + topic, e);
        }
    }

    /** Calls {@code fromOtherNodes} with each message of the given type another node publishes on the topic. */
    public synchronized <T extends Serializable> void subscribe(String topic, Class<T> type,
                                                                 Consumer<T> fromOtherNodes) {
        if (transport == null) {
            return;
        }
        subscriptions.add(transport.subscribe(topic, bytes -> {
            try {
                fromOtherNodes.accept(decode(bytes, type));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not apply a message from another node on " + topic, e);
            }
        }));
    }

    @PreDestroy
    synchronized void disconnect() {
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Ending a subscription", e);
            }
        }
        subscriptions.clear();
    }

    static byte[] encode(Serializable message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The type subscribed, the JDK's own classes, primitives and arrays of these. */
    private static boolean accepted(Class<?> c, Class<?> type) {
        Class<?> element = c;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element == type || element.isPrimitive() || element.getName().startsWith("java.");
    }

    static <T> T decode(byte[] message, Class<T> type) {
        ClassLoader application = type.getClassLoader();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(message)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass description) throws ClassNotFoundException {
                return Class.forName(description.getName(), false, application);
            }
        }) {
            in.setObjectInputFilter(info -> info.serialClass() == null || accepted(info.serialClass(), type)
                    ? ObjectInputFilter.Status.UNDECIDED : ObjectInputFilter.Status.REJECTED);
            return type.cast(in.readObject());
        } catch (InvalidClassException | ClassCastException e) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
