package dk.kompetencenet.practice;

import java.util.Set;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.strategy.Initiative;

/** The checks experiments and equipment needs share: texts present and not too long, initiatives that apply. */
final class Checks {

    private Checks() {
    }

    static String required(String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, missingKey));
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(Problem.inField(field, "practice.error.tooLong", max));
        }
        return stripped;
    }

    /** At least one initiative, each for the institution's sector (or both). */
    static void requireInitiatives(Set<Initiative> initiatives, Institution institution) {
        if (initiatives == null || initiatives.isEmpty()) {
            throw new InvalidInputException(Problem.inField("initiativeIds", "practice.error.initiativeRequired"));
        }
        if (initiatives.stream().anyMatch(i -> !i.getSector().appliesTo(institution.getType().sector()))) {
            throw new InvalidInputException(Problem.inField("initiativeIds", "practice.error.initiativeOtherSector"));
        }
    }
}
