package dk.kompetencenet.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An employee's job role, as written in Danish in staff lists and CSV files. */
public enum JobRole {
    LAERER("lærer"),
    PAEDAGOG("pædagog"),
    PAEDAGOGMEDHJAELPER("pædagogmedhjælper"),
    DAGPLEJER("dagplejer"),
    LEDER("leder"),
    ANDET("andet");

    private final String danish;

    JobRole(String danish) {
        this.danish = danish;
    }

    /** The Danish word used in CSV files. */
    public String danish() {
        return danish;
    }

    public String labelKey() {
        return "jobRole." + name();
    }

    /** Reads a job role from its Danish word (any case, with or without æ/ø/å spelt out) or its code. */
    public static Optional<JobRole> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(text);
        return Arrays.stream(values())
                .filter(r -> fold(r.danish).equals(wanted) || fold(r.name()).equals(wanted))
                .findFirst();
    }

    /** "lærer, pædagog, ..." for messages that list what is accepted. */
    public static String validWords() {
        return String.join(", ", Arrays.stream(values()).map(JobRole::danish).toList());
    }

    private static String fold(String s) {
        String lower = s.trim().toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
}
