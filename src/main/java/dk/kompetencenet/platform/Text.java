package dk.kompetencenet.platform;

import java.util.List;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * The one rule for free text that users type: kept stripped, blank is no value, at most as long as its column, and no
 * control characters (a single-line field takes none, a multi-line field takes line breaks and tabs). A problem names
 * the field; nothing is shortened or cleaned quietly.
 */
public final class Text {

    private Text() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds a problem for a single-line field that is too long or holds control characters. */
    public static void checkLine(List<Problem> problems, String field, String value, int maxLength) {
        check(problems, field, value, maxLength, false);
    }

    /** Adds a problem for a multi-line field that is too long or holds control characters other than line breaks. */
    public static void checkLines(List<Problem> problems, String field, String value, int maxLength) {
        check(problems, field, value, maxLength, true);
    }

    private static void check(List<Problem> problems, String field, String value, int maxLength, boolean lines) {
        String kept = optional(value);
        if (kept == null) {
            return;
        }
        if (kept.length() > maxLength) {
            problems.add(Problem.inField(field, "text.error.tooLong", maxLength));
        } else if (kept.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r'
                || c == '\t')))) {
            problems.add(Problem.inField(field, "text.error.controlCharacters"));
        }
    }
}
