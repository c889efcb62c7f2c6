package dk.kompetencenet.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException.Problem;

class TextsProblemTest {

    @Test
    void aRefusedFieldIsNamedInTheUsersLanguageBeforeTheMessage() {
        Problem problem = Problem.inField("firstName", "text.error.controlCharacters");
        assertThat(Texts.problem(Texts.DANISH, problem)).startsWith("Fornavn: Feltet indeholder usynlige styretegn");
        assertThat(Texts.problem(Texts.ENGLISH, problem)).startsWith("First name: The field holds");
        assertThat(Texts.problem(Texts.DANISH, Problem.inField("name.da", "text.error.tooLong", 300)))
                .isEqualTo("Navn: Må højst være 300 tegn.");
    }

    @Test
    void aFieldWithoutANameInTheBundleAndTheApisOwnMessagesAreLeftAsTheyAre() {
        assertThat(Texts.problem(Texts.DANISH, Problem.inField("uid", "text.error.tooLong", 100)))
                .isEqualTo("Må højst være 100 tegn.");
        assertThat(Texts.problem(Texts.DANISH, Problem.inField("what", "api.error.first")))
                .isEqualTo("first skal være 0 eller mere.");
    }
}
