package dk.kompetencenet.platform.persistence;

import java.util.function.Supplier;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the current thread sends while {@link #count} runs, so that tests can show that an
 * overview costs the same number of statements whatever the amount of data. Registered with EclipseLink in
 * persistence.xml; costs one thread-local read per statement otherwise.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** What the work returned, and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] previous = COUNTING.get();
        int[] counter = new int[1];
        COUNTING.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, counter[0]);
        } finally {
            if (previous == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(previous);
            }
        }
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] counter = COUNTING.get();
        if (counter != null) {
            counter[0]++;
        }
    }
}
