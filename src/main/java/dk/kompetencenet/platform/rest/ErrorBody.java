package dk.kompetencenet.platform.rest;

import java.util.List;

/**
 * Every error answer of the API: a message, and for refused input the list of problems, each with the line of a
 * file or the field of a request where it stands.
 */
public record ErrorBody(String message, List<Error> errors) {

    /** One problem; line or field is null where it does not apply. */
    public record Error(Integer line, String field, String message) {
    }
}
