package dk.kompetencenet.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException.Problem;

class JsonShapeTest {

    enum Colour { RED, BLUE }

    record Input(String what, Integer quantity, boolean shared, Boolean flag, LocalDate on, List<Long> ids,
                 Map<String, String> targets, Colour colour, Nested nested) {
    }

    record Nested(long id) {
    }

    private static List<Problem> problems(String json) {
        return JsonShape.problems(Json.createParser(new StringReader(json)), Input.class);
    }

    @Test
    void aWellShapedDocumentHasNoProblems() {
        assertThat(problems("{\"what\":\"x\",\"quantity\":5,\"shared\":true,\"flag\":null,\"on\":\"2026-10-01\","
                + "\"ids\":[1,2],\"targets\":{\"A\":\"B\"},\"colour\":\"RED\",\"nested\":{\"id\":3},\"other\":[1]}"))
                .isEmpty();
    }

    @Test
    void shouldNameEveryFieldOfTheWrongKindWithItsLine() {
        List<Problem> problems = problems("{\"shared\":\"ja\",\n\"quantity\":\"5\",\"what\":7,\"flag\":1,"
                + "\"on\":\"2026-13-01\",\"ids\":[1,\"x\"],\"targets\":{\"A\":true},\"colour\":\"GREEN\","
                + "\"nested\":{\"id\":2.5}}");
        assertThat(problems).extracting(Problem::field).containsExactly("shared", "quantity", "what", "flag", "on",
                "ids[1]", "targets.A", "colour", "nested.id");
        assertThat(problems).extracting(Problem::line).startsWith(1, 2);
        assertThat(problems).allMatch(p -> p.key().equals("api.error.json.type"));
    }

    @Test
    void shouldRefuseNullForAPrimitiveAndAListForText() {
        assertThat(problems("{\"shared\":null,\"what\":[\"a\"],\"quantity\":99999999999}"))
                .extracting(Problem::field).containsExactly("shared", "what", "quantity");
    }

    @Test
    void shouldRefuseAnArrayWhereAnObjectIsExpected() {
        assertThat(problems("[1,2]")).extracting(Problem::field).containsExactly("body");
    }

    @Test
    void shouldRefuseANulInAnyTextNamingTheField() {
        assertThat(problems("{\"what\":\"a\\u0000b\",\"targets\":{\"A\":\"\\u0000\"}}"))
                .extracting(Problem::field, Problem::key).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("what", "text.error.controlCharacters"),
                        org.assertj.core.groups.Tuple.tuple("targets.A", "text.error.controlCharacters"));
    }
}
