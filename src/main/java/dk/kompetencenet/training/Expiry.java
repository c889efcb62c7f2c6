package dk.kompetencenet.training;

import java.time.LocalDate;

/**
 * Where something valid for a period stands today: not begun, valid, ending within {@value #WARNING_DAYS} days, or
 * ended. Designations and certificates with an end date show it.
 */
public enum Expiry {
    UPCOMING, VALID, EXPIRING, EXPIRED;

    public static final int WARNING_DAYS = 90;

    /** For a period from a day (or always) to a day (or for good), seen on a day. */
    public static Expiry of(LocalDate from, LocalDate to, LocalDate today) {
        if (to != null && to.isBefore(today)) {
            return EXPIRED;
        }
        if (from != null && from.isAfter(today)) {
            return UPCOMING;
        }
        return to != null && !to.isAfter(today.plusDays(WARNING_DAYS)) ? EXPIRING : VALID;
    }

    /** Ending within the warning period or already ended: worth a flag. */
    public boolean isFlagged() {
        return this == EXPIRING || this == EXPIRED;
    }

    public String labelKey() {
        return "expiry." + name();
    }
}
