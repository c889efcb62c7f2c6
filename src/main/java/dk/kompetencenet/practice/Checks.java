package dk.kompetencenet.practice;

import java.util.Set;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.strategy.Initiative;

/** The check experiments and equipment needs share: initiatives that apply (their texts pass {@link Text}). */
final class Checks {

    private Checks() {
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
