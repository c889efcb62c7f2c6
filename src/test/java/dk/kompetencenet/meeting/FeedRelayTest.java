package dk.kompetencenet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.cluster.ClusterTopics;
import dk.kompetencenet.testsupport.LocalGrid;

/**
 * Two nodes' relays on one grid: a change committed on one node reaches the other node's feed cache, once, and is not
 * sent back; without a cluster nothing is sent.
 */
class FeedRelayTest {

    private final LocalGrid grid = new LocalGrid();
    private final List<FeedChange> appliedOnA = new ArrayList<>();
    private final List<FeedChange> appliedOnB = new ArrayList<>();

    private static final FeedChange RENAMED = new FeedChange(Set.of(7L), Set.of(3L), Set.of(), Set.of(3L),
            Set.of("revoked-token"), false);

    @Test
    void aChangeCommittedOnOneNodeIsAppliedOnTheOtherNodeOnceAndNotSentBack() {
        FeedRelay a = relay(new ClusterTopics(grid.node()), appliedOnA);
        relay(new ClusterTopics(grid.node()), appliedOnB);

        a.committedHere(RENAMED);

        assertThat(appliedOnB).containsExactly(RENAMED);
        assertThat(appliedOnA).as("node A's own cache has the CDI event itself").isEmpty();
        assertThat(grid.published()).as("applying a change from another node sends nothing").isEqualTo(1);
    }

    @Test
    void everyOtherNodeGetsTheChange() {
        FeedRelay a = relay(new ClusterTopics(grid.node()), appliedOnA);
        relay(new ClusterTopics(grid.node()), appliedOnB);
        List<FeedChange> appliedOnC = new ArrayList<>();
        relay(new ClusterTopics(grid.node()), appliedOnC);

        a.committedHere(FeedChange.ofEverything());

        assertThat(appliedOnB).containsExactly(FeedChange.ofEverything());
        assertThat(appliedOnC).containsExactly(FeedChange.ofEverything());
    }

    @Test
    void withoutAClusterAChangeStaysOnThisNode() {
        FeedRelay alone = relay(new ClusterTopics(null), appliedOnA);

        alone.committedHere(RENAMED);

        assertThat(appliedOnA).isEmpty();
        assertThat(grid.published()).isZero();
    }

    private static FeedRelay relay(ClusterTopics topics, List<FeedChange> applied) {
        FeedRelay relay = new FeedRelay();
        try {
            Field field = FeedRelay.class.getDeclaredField("topics");
            field.setAccessible(true);
            field.set(relay, topics);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        relay.listen(applied::add);
        return relay;
    }
}
