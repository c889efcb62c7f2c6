package dk.kompetencenet.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.LocalGrid;

class ClusterTopicsTest {

    record Note(String text, Set<Long> ids) implements Serializable {
    }

    record Other(String text) implements Serializable {
    }

    private final LocalGrid grid = new LocalGrid();
    private final List<Note> onA = new ArrayList<>();
    private final List<Note> onB = new ArrayList<>();

    @Test
    void aMessagePublishedOnOneNodeReachesTheOtherNodesSubscribersAndNotItsOwn() {
        ClusterTopics a = new ClusterTopics(grid.node());
        ClusterTopics b = new ClusterTopics(grid.node());
        a.subscribe("notes", Note.class, onA::add);
        b.subscribe("notes", Note.class, onB::add);

        a.publish("notes", new Note("changed", Set.of(1L, 2L)));

        assertThat(onB).containsExactly(new Note("changed", Set.of(1L, 2L)));
        assertThat(onA).isEmpty();
    }

    @Test
    void withoutAClusterPublishingDoesNothingAndSubscribingListensToNothing() {
        ClusterTopics alone = new ClusterTopics(null);
        alone.subscribe("notes", Note.class, onA::add);
        alone.publish("notes", new Note("changed", Set.of()));

        assertThat(alone.clustered()).isFalse();
        assertThat(onA).isEmpty();
    }

    @Test
    void aMessageOfAnotherTypeThanSubscribedIsRefusedAndNotApplied() {
        ClusterTopics a = new ClusterTopics(grid.node());
        ClusterTopics b = new ClusterTopics(grid.node());
        b.subscribe("notes", Note.class, onB::add);

        a.publish("notes", new Other("not a note"));

        assertThat(onB).isEmpty();
        assertThatThrownBy(() -> ClusterTopics.decode(ClusterTopics.encode(new Other("x")), Note.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubscriptionEndsWhenTheApplicationStops() {
        ClusterTopics a = new ClusterTopics(grid.node());
        ClusterTopics b = new ClusterTopics(grid.node());
        b.subscribe("notes", Note.class, onB::add);
        b.disconnect();

        a.publish("notes", new Note("after the stop", Set.of()));

        assertThat(onB).isEmpty();
    }
}
