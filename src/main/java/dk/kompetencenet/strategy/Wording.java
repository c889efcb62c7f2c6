package dk.kompetencenet.strategy;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** The checks every text of the strategy gets: present, trimmed, not longer than its column. */
final class Wording {

    private Wording() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, "strategy.error.required"));
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(Problem.inField(field, "strategy.error.tooLong", max));
        }
        return trimmed;
    }
}
