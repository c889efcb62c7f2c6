package dk.kompetencenet.platform.persistence;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Long work kept off the deployment thread: generating the large demo municipality before the application is ready,
 * and the due snapshots after it (at start-up and nightly). Payara Micro's shutdown hook ({@code SIGTERM}) stops the
 * application under the monitor that its deployment holds, so work done while deploying (in a {@code DatabaseReady}
 * observer) made a {@code SIGTERM} wait until it was done: minutes for a snapshot of the large municipality on a loaded
 * machine. Here the deployment only queues the work; it runs afterwards, one job at a time in the order queued, on a
 * thread of the server's {@link ManagedExecutorService} (with the application's context, a request context of its own
 * for each job). Chosen over an EJB {@code @Asynchronous} method or timer because the task's thread can be interrupted
 * and its end awaited when the application stops ({@link #stop}): the jobs check {@link #checkpoint()} between chunks
 * and Derby checks the interrupt while a statement runs, so a stop takes seconds, whatever runs.
 * <p>
 * {@link #isReady()} (and so {@code /health/ready}) turns true once the seed and demo data are in: the deployment's
 * part done and every job queued with {@link #beforeReady} finished.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    private static final long STOP_WAIT_SECONDS = 6;

    /** Thrown by {@link #checkpoint()} once the application is stopping; the job rolls back what is uncommitted. */
    public static final class Stopped extends RuntimeException {

        Stopped() {
            super("The application is stopping");
        }
    }

    private record Job(String name, Runnable work) {
    }

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Instance<RequestContextController> requestContexts;

    private final Deque<Job> beforeReady = new ArrayDeque<>();
    private final Deque<Job> afterReady = new ArrayDeque<>();
    private boolean started;
    private boolean draining;
    private volatile boolean ready;
    private volatile boolean stopping;
    private volatile Job current;
    private volatile Thread worker;

    /** Queues work that must be done before the application is ready (call while {@code DatabaseReady} is observed). */
    public synchronized void beforeReady(String name, Runnable work) {
        if (ready) {
            throw new IllegalStateException("The application is ready already; queue '" + name + "' after ready");
        }
        beforeReady.add(new Job(name, work));
    }

    /** Queues work for after the application is ready; at start-up it waits for that, later it runs at once. */
    public synchronized void afterReady(String name, Runnable work) {
        if (stopping) {
            LOG.info(() -> "Not started, the application is stopping: " + name);
            return;
        }
        afterReady.add(new Job(name, work));
        drain();
    }

    /** The deployment's part of start-up is done: the queued work starts. */
    void deployed(@Observes @Priority(DatabaseReady.STARTED) DatabaseReady event) {
        synchronized (this) {
            started = true;
            drain();
        }
    }

    /** True once the seed and demo data are in: the deployment's part done and the work before ready finished. */
    public boolean isReady() {
        return ready;
    }

    /** What start-up is still doing, while not ready. */
    public String state() {
        Job job = current;
        return ready ? "ready" : job != null ? job.name() : "migrating the schema and loading seed data";
    }

    /** True once the application is stopping. */
    public boolean isStopping() {
        return stopping;
    }

    /** Throws {@link Stopped} when the application is stopping; long jobs call it between chunks. */
    public void checkpoint() {
        if (stopping) {
            throw new Stopped();
        }
    }

    private synchronized void drain() {
        if (!started || draining || stopping) {
            return;
        }
        markReadyIfDone();
        if (beforeReady.isEmpty() && afterReady.isEmpty()) {
            return;
        }
        draining = true;
        executor.submit(this::runQueued);
    }

    private void runQueued() {
        worker = Thread.currentThread();
        boolean drained = false;
        try {
            for (Job job = next(); job != null; job = next()) {
                run(job);
            }
            drained = true;
        } finally {
            worker = null;
            Thread.interrupted();
            if (!drained) {
                synchronized (this) {
                    current = null;
                    draining = false;
                    notifyAll();
                }
            }
        }
    }

    private synchronized Job next() {
        current = null;
        markReadyIfDone();
        Job job = stopping ? null : beforeReady.isEmpty() ? afterReady.poll() : beforeReady.poll();
        current = job;
        if (job == null) {
            draining = false;
            notifyAll();
        }
        return job;
    }

    private void markReadyIfDone() {
        if (started && beforeReady.isEmpty() && current == null && !ready) {
            ready = true;
            LOG.info(() -> String.format("Start-up work done: ready %.1f s after the JVM started; %d jobs follow in"
                    + " the background", ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, afterReady.size()));
        }
    }

    private void run(Job job) {
        long start = System.nanoTime();
        LOG.info(() -> "Background work started: " + job.name());
        RequestContextController requestContext = requestContexts.get();
        requestContext.activate();
        try {
            job.work().run();
            LOG.info(() -> String.format("Background work done: %s (%.1f s)", job.name(),
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.warning(() -> String.format("Background work stopped after %.1f s, as the application stops: %s"
                        + " (what it had not committed is rolled back)", (System.nanoTime() - start) / 1e9,
                        job.name()));
            } else {
                LOG.log(Level.SEVERE, "Background work failed: " + job.name(), e);
            }
        } finally {
            requestContext.deactivate();
            requestContexts.destroy(requestContext);
        }
    }

    /**
     * The application stops (undeployed, or the server's shutdown hook after {@code SIGTERM}): nothing more starts, the
     * running job is interrupted and given a few seconds to roll back and end, so that the server stops in seconds.
     */
    @PreDestroy
    void stop() {
        Thread running;
        Job job;
        synchronized (this) {
            stopping = true;
            running = worker;
            job = current;
        }
        if (running == null) {
            return;
        }
        LOG.info(() -> "Stopping: interrupting the background work" + (job == null ? "" : ": " + job.name()));
        running.interrupt();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        synchronized (this) {
            while (draining && System.nanoTime() < until) {
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (draining) {
                LOG.warning(() -> "Background work still running after " + STOP_WAIT_SECONDS + " s; stopping anyway");
            }
        }
    }
}
