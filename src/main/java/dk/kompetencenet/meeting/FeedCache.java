package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.i18n.Zones;

/**
 * Calendar feeds rendered once per change and day, served from memory. A poll finds the copy made for its token today
 * and touches no database; a copy goes stale when a committed change reaches it ({@link FeedChange}, from
 * {@link FeedChanges}), when the day changes (the window is the past year and everything ahead) or when it is evicted.
 * <p>
 * Memory: copies are kept least recently used first out, up to {@code kompetencenet.feed.cache.megabytes} (default
 * 64) in all, counting the bytes and the ids each copy depends on; 0 keeps nothing (every poll renders).
 * <p>
 * A render that overlaps a change is served but not kept: each render notes the change counter before it reads, and
 * is stored only if no change was applied meanwhile, so a copy made from rows older than a commit never outlives it.
 * Simultaneous polls of one token wait for one render.
 * <p>
 * Cluster (issue 11): the copies are per JVM and {@link FeedChanges} sees only this JVM's commits; {@link FeedRelay}
 * sends each committed change to the other nodes over Payara Micro's data grid, and applies theirs here.
 */
@ApplicationScoped
public class FeedCache {

    private static final long MEGABYTE = 1024L * 1024L;

    @Inject
    private FeedService renderer;

    @Inject
    private FeedChanges changes;

    @Inject
    @ConfigProperty(name = "kompetencenet.feed.cache.megabytes", defaultValue = "64")
    private long megabytes;

    private final Clock clock = Clock.systemUTC();

    private final Object lock = new Object();
    private final Map<String, FeedCopy> copies = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<String, Render> rendering = new LinkedHashMap<>();
    private long weight;
    private long changeCount;

    private final AtomicLong renders = new AtomicLong();

    private record Render(long changeCount, CompletableFuture<FeedCopy> result) {
    }

    @PostConstruct
    void listen() {
        changes.start();
    }

    /**
     * The feed behind a token as it is now.
     *
     * @throws dk.kompetencenet.platform.NotFoundException for an unknown or revoked token
     */
    public FeedCopy get(String token) {
        LocalDate today = today();
        Render render;
        boolean mine = false;
        synchronized (lock) {
            FeedCopy copy = copies.get(token);
            if (copy != null && copy.day().equals(today)) {
                return copy;
            }
            render = rendering.get(token);
            if (render == null || render.changeCount() != changeCount) {
                render = new Render(changeCount, new CompletableFuture<>());
                rendering.put(token, render);
                mine = true;
            }
        }
        return mine ? render(token, today, render) : await(render);
    }

    /** The copy kept for this token today, or null: never renders, never touches the database. */
    public FeedCopy kept(String token) {
        LocalDate today = today();
        synchronized (lock) {
            FeedCopy copy = copies.get(token);
            return copy != null && copy.day().equals(today) ? copy : null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.COPENHAGEN));
    }

    private FeedCopy render(String token, LocalDate today, Render render) {
        try {
            renders.incrementAndGet();
            FeedCopy copy = keep(token, renderer.render(token, today, clock.instant()), render.changeCount());
            render.result().complete(copy);
            return copy;
        } catch (RuntimeException | Error e) {
            render.result().completeExceptionally(e);
            throw e;
        } finally {
            synchronized (lock) {
                rendering.remove(token, render);
            }
        }
    }

    private static FeedCopy await(Render render) {
        try {
            return render.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stores a fresh copy unless a change was applied since its render began; keeps an unchanged copy's age. */
    private FeedCopy keep(String token, FeedCopy fresh, long renderedAfter) {
        synchronized (lock) {
            FeedCopy old = copies.get(token);
            FeedCopy copy = old != null && old.etag().equals(fresh.etag()) ? fresh.madeAt(old.lastModified()) : fresh;
            if (renderedAfter != changeCount || megabytes <= 0) {
                return copy;
            }
            if (old != null) {
                weight -= old.weight();
            }
            copies.put(token, copy);
            weight += copy.weight();
            Iterator<FeedCopy> eldest = copies.values().iterator();
            while (weight > megabytes * MEGABYTE && eldest.hasNext()) {
                weight -= eldest.next().weight();
                eldest.remove();
            }
            return copy;
        }
    }

    /**
     * Drops the copies a committed change makes stale, on this node's event or another node's message
     * ({@link FeedRelay}); renders under way are then not kept.
     */
    public void changed(@Observes FeedChange change) {
        synchronized (lock) {
            changeCount++;
            Iterator<Map.Entry<String, FeedCopy>> entries = copies.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, FeedCopy> entry = entries.next();
                if (change.makesStale(entry.getKey(), entry.getValue())) {
                    weight -= entry.getValue().weight();
                    entries.remove();
                }
            }
        }
    }

    /** How many times a feed was rendered since start (for monitoring and tests). */
    public long renders() {
        return renders.get();
    }

    /** How many copies are kept. */
    public int copies() {
        synchronized (lock) {
            return copies.size();
        }
    }
}
