package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import dk.kompetencenet.meeting.FeedToken.OwnerType;

/**
 * What one committed transaction changed that calendar feeds show, as ids only: fired as a CDI event after the commit
 * ({@link FeedChanges}) and applied to this node's {@link FeedCache}. It is serialisable and self-contained so that a
 * cluster (issue 11) can send the same event to every node.
 *
 * @param meetings     meetings created, changed or deleted (feeds holding them are stale)
 * @param people       people whose personal feed gains or loses a meeting (invited, uninvited, organiser)
 * @param networks     networks whose feed gains a meeting or whose name changed
 * @param names        people whose name or e-mail changed (feeds showing them as organiser are stale)
 * @param tokens       tokens revoked
 * @param everything   a change whose reach is not known cheaply: every copy is stale
 */
public record FeedChange(Set<Long> meetings, Set<Long> people, Set<Long> networks, Set<Long> names,
                         Set<String> tokens, boolean everything) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static FeedChange ofEverything() {
        return new FeedChange(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true);
    }

    boolean isEmpty() {
        return !everything && meetings.isEmpty() && people.isEmpty() && networks.isEmpty() && names.isEmpty()
                && tokens.isEmpty();
    }

    /** Whether the copy served at this token may show something this change altered. */
    boolean makesStale(String token, FeedCopy copy) {
        if (everything || tokens.contains(token)
                || copy.ownerType() == OwnerType.PERSON && people.contains(copy.ownerId())
                || copy.ownerType() == OwnerType.NETWORK && networks.contains(copy.ownerId())) {
            return true;
        }
        return meetings.stream().anyMatch(copy::holdsMeeting) || names.stream().anyMatch(copy::namesPerson);
    }

    /** Collects one transaction's changes; not thread-safe (a transaction runs on one thread). */
    static final class Builder {
        private final Set<Long> meetings = new HashSet<>();
        private final Set<Long> people = new HashSet<>();
        private final Set<Long> networks = new HashSet<>();
        private final Set<Long> names = new HashSet<>();
        private final Set<String> tokens = new HashSet<>();
        private boolean everything;

        Builder meeting(Long id) {
            add(meetings, id);
            return this;
        }

        Builder person(Long id) {
            add(people, id);
            return this;
        }

        Builder network(Long id) {
            add(networks, id);
            return this;
        }

        Builder name(Long id) {
            add(names, id);
            return this;
        }

        Builder token(String token) {
            tokens.add(token);
            return this;
        }

        Builder everything() {
            everything = true;
            return this;
        }

        private static void add(Set<Long> ids, Long id) {
            if (id != null) {
                ids.add(id);
            }
        }

        FeedChange build() {
            return new FeedChange(Set.copyOf(meetings), Set.copyOf(people), Set.copyOf(networks), Set.copyOf(names),
                    Set.copyOf(tokens), everything);
        }
    }
}
