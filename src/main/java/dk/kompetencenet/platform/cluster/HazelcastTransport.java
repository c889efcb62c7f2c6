package dk.kompetencenet.platform.cluster;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * {@link ClusterTopics} over Payara Micro's own Hazelcast instance, which Payara binds in JNDI as
 * {@value #JNDI_NAME} when the data grid runs (config/cluster/start-node.sh); a Hazelcast topic per name. The
 * Hazelcast API is provided by Payara Micro at run time (pom.xml: provided scope, the version Payara bundles).
 */
final class HazelcastTransport implements ClusterTopics.Transport {

    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(HazelcastTransport.class.getName());

    private final HazelcastInstance grid;

    private HazelcastTransport(HazelcastInstance grid) {
        this.grid = grid;
    }

    /** The transport over the running data grid; empty when there is none (Hazelcast off, or not Payara). */
    static Optional<ClusterTopics.Transport> lookUp() {
        try {
            Object found = InitialContext.doLookup(JNDI_NAME);
            if (found instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()) {
                return Optional.of(new HazelcastTransport(grid));
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "No Hazelcast instance at " + JNDI_NAME, e);
        }
        return Optional.empty();
    }

    @Override
    public void publish(String topic, byte[] message) {
        grid.<byte[]>getTopic(topic).publish(message);
    }

    @Override
    public AutoCloseable subscribe(String topic, Consumer<byte[]> fromOtherNodes) {
        ITopic<byte[]> messages = grid.getTopic(topic);
        UUID id = messages.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                fromOtherNodes.accept(message.getMessageObject());
            }
        });
        return () -> messages.removeMessageListener(id);
    }
}
