package dk.kompetencenet.platform.security;

import java.util.function.Supplier;

/**
 * Work the system does on its own behalf (seeding at start-up, scheduled jobs): while it runs, the caller is "system"
 * with administrator rights. Only code can enter it, never a request.
 */
public final class SystemAccess {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemAccess() {
    }

    public static boolean isActive() {
        return ACTIVE.get();
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
