package dk.kompetencenet.platform.persistence;

/**
 * Fired once at start-up after the schema is migrated. Features observe it, ordered by {@code @Priority}, to seed what
 * they own: {@link #SEED_REFERENCE_DATA} first, then {@link #SEED_ACCOUNTS}, then {@link #SEED_DEMO}; observers at
 * {@link #STARTED} learn that all of that is done.
 */
public record DatabaseReady(boolean demo) {

    public static final int SEED_REFERENCE_DATA = 100;
    public static final int SEED_ACCOUNTS = 200;
    public static final int SEED_DEMO = 300;
    public static final int STARTED = 10_000;
}
