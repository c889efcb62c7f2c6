package dk.kompetencenet.platform.rest;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * Reads ids from query parameters as text, so that a malformed one gets a 400 with a reason (JAX-RS itself answers a
 * parameter it cannot convert with a bare 404).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The id in the parameter, or null where it is absent. */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.inField(name, "api.error.notAnId", name, value));
        }
    }

    /** The ISO date (2027-01-31) in the parameter, or null where it is absent. */
    public static java.time.LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(Problem.inField(name, "api.error.date", name, value));
        }
    }

    public static Long requiredId(String name, String value) {
        Long id = optionalId(name, value);
        if (id == null) {
            throw new InvalidInputException(Problem.inField(name, "api.error.idRequired", name));
        }
        return id;
    }

    /** The constant the parameter names (in any case), or null where it is absent; an unknown one is a 400. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.inField(name, "api.error.unknownValue", name, value));
        }
    }

    /** A page of a list: first from 0, max from 1 to the list's largest page; a 400 naming the parameter otherwise. */
    public static void paging(int first, int max, int largest) {
        if (first < 0) {
            throw new InvalidInputException(Problem.inField("first", "api.error.first"));
        }
        if (max < 1 || max > largest) {
            throw new InvalidInputException(Problem.inField("max", "api.error.max", largest));
        }
    }
}
