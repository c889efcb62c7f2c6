package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException.Problem;

class TextTest {

    @Test
    void blankIsNoValueAndTextIsKeptStripped() {
        assertThat(Text.optional(null)).isNull();
        assertThat(Text.optional(" \t\n")).isNull();
        assertThat(Text.optional("  Rådhuset  ")).isEqualTo("Rådhuset");
    }

    @Test
    void aFieldTooLongOrWithControlCharactersIsNamedAndNothingIsCleanedQuietly() {
        List<Problem> problems = new ArrayList<>();
        Text.checkLine(problems, "title", "x".repeat(301), 300);
        Text.checkLine(problems, "location", "Rådhuset\u0007", 300);
        Text.checkLine(problems, "room", "Lokale\n2", 300);
        Text.checkLines(problems, "agenda", "Punkt 1\r\n\tPunkt 2", 4000);
        Text.checkLines(problems, "minutes", "Referat\u0000", 4000);
        Text.checkLine(problems, "note", "  " + "y".repeat(300) + "  ", 300);

        assertThat(problems).containsExactly(Problem.inField("title", "text.error.tooLong", 300),
                Problem.inField("location", "text.error.controlCharacters"),
                Problem.inField("room", "text.error.controlCharacters"),
                Problem.inField("minutes", "text.error.controlCharacters"));
    }
}
