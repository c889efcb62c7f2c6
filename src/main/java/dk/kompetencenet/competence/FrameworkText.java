package dk.kompetencenet.competence;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** The checks every text of a framework passes: stripped, blank as none, and no longer than its column. */
final class FrameworkText {

    static final int CODE = 10;
    static final int NAME = 300;
    static final int LEVEL_NAME = 100;
    static final int VERSION_LABEL = 40;
    static final int STEM = 500;
    static final int COMPETENCE_DESCRIPTION = 2000;
    static final int FRAMEWORK_DESCRIPTION = 4000;

    private FrameworkText() {
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(Problem.inField(field, "competence.error.tooLong", max,
                    stripped.substring(0, Math.min(30, stripped.length())) + "…"));
        }
        return stripped;
    }

    /** As {@link #optional}, but a blank text is refused with the given message key. */
    static String required(String field, String text, int max, String missingKey) {
        String checked = optional(field, text, max);
        if (checked == null) {
            throw new InvalidInputException(Problem.inField(field, missingKey));
        }
        return checked;
    }
}
