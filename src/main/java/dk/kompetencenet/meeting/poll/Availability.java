package dk.kompetencenet.meeting.poll;

import java.util.Locale;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** An invitee's answer to one proposed time. */
public enum Availability {
    YES, IF_NEED_BE, NO;

    public String labelKey() {
        return "poll.availability." + name();
    }

    /** An answer as a form or the API sends it; null for none; anything else refused, naming the field. */
    public static Availability parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.inField(field, "poll.error.unknownAnswer", text));
        }
    }
}
