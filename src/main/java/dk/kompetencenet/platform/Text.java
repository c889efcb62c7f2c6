package dk.kompetencenet.platform;

import java.util.List;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * The one rule for free text that users type: kept stripped, blank is no value, at most as long as its column, and no
 * control characters (a single-line field takes none, a multi-line field takes line breaks and tabs). A problem names
 * the field; nothing is shortened or cleaned quietly.
 */
public final class Text {

    /** A column this long or longer holds paragraphs (line breaks and tabs allowed); a shorter one is one line. */
    public static final int PARAGRAPHS = 500;

    private Text() {
    }

    /**
     * The problem, if any, with a value as it is to be stored in a column of the given length (single-line below
     * {@link #PARAGRAPHS}): too long, or holding a control character anywhere, even at its ends.
     */
    public static java.util.Optional<Problem> stored(String field, String value, int columnLength) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        if (value.length() > columnLength) {
            return java.util.Optional.of(Problem.inField(field, "text.error.tooLong", columnLength));
        }
        return hasControl(value, columnLength >= PARAGRAPHS)
                ? java.util.Optional.of(Problem.inField(field, "text.error.controlCharacters"))
                : java.util.Optional.empty();
    }

    /** The text stripped, or null when it is null or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The text stripped, or null when blank; refused, naming the field, when longer than {@code max} or holding a
     * control character (line breaks and tabs are allowed where {@code max} is a column of {@link #PARAGRAPHS}).
     */
    public static String optional(String field, String value, int max) {
        String kept = optional(value);
        stored(field, kept, max).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return kept;
    }

    /** As {@link #optional(String, String, int)}, but a blank text is refused with the given message key. */
    public static String required(String field, String value, int max, String missingKey) {
        String kept = optional(field, value, max);
        if (kept == null) {
            throw new InvalidInputException(Problem.inField(field, missingKey));
        }
        return kept;
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
        } else if (hasControl(kept, lines)) {
            problems.add(Problem.inField(field, "text.error.controlCharacters"));
        }
    }

    private static boolean hasControl(String value, boolean lines) {
        return value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(lines && (c == '\n' || c == '\r' || c == '\t')));
    }
}
