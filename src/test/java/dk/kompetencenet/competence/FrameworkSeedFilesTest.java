package dk.kompetencenet.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The competence frameworks as seeded: their shape, their scales and their links to the strategy's initiatives. */
class FrameworkSeedFilesTest {

    private static final Path FOLDER = Path.of("seed/competence/frameworks");
    private static final Path STRATEGY = Path.of("seed/strategy/digitaliseringsstrategi.json");
    private static final List<String> JOB_ROLES =
            List.of("LAERER", "PAEDAGOG", "PAEDAGOGMEDHJAELPER", "DAGPLEJER", "LEDER", "ANDET");

    static Stream<String> frameworkFiles() {
        return Stream.of("digcompedu.json", "evaluering.json", "ledelse-data.json");
    }

    @Test
    void digCompEduHasSixAreasWithTheOfficialNumberingOfItsTwentyTwoCompetences() {
        JsonObject digCompEdu = read(FOLDER.resolve("digcompedu.json"));
        assertThat(digCompEdu.getString("key")).isEqualTo("digcompedu");
        assertThat(codes(digCompEdu.getJsonArray("areas").getValuesAs(JsonObject.class)))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(competenceCodes(digCompEdu)).hasSize(22).containsExactly(
                "1.1", "1.2", "1.3", "1.4",
                "2.1", "2.2", "2.3",
                "3.1", "3.2", "3.3", "3.4",
                "4.1", "4.2", "4.3",
                "5.1", "5.2", "5.3",
                "6.1", "6.2", "6.3", "6.4", "6.5");
    }

    @Test
    void digCompEduHasTheSixProficiencyLevelsFromNewcomerToPioneerInOrder() {
        List<JsonObject> levels = read(FOLDER.resolve("digcompedu.json")).getJsonArray("levels")
                .getValuesAs(JsonObject.class);
        assertThat(codes(levels)).containsExactly("A1", "A2", "B1", "B2", "C1", "C2");
        assertThat(levels).extracting(l -> l.getJsonObject("name").getString("en"))
                .containsExactly("Newcomer", "Explorer", "Integrator", "Expert", "Leader", "Pioneer");
        assertThat(levels).extracting(l -> l.getJsonObject("name").getString("da"))
                .containsExactly("Nybegynder", "Udforsker", "Integrator", "Ekspert", "Leder", "Pioner");
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void keyMatchesTheFileNameAndTheFrameworkIsNamedAndDescribedInBothLanguages(String file) {
        JsonObject framework = read(FOLDER.resolve(file));
        assertThat(framework.getString("key") + ".json").isEqualTo(file);
        assertThat(framework.getString("version")).isNotBlank();
        assertBilingual(framework, "name", file);
        assertBilingual(framework, "description", file);
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void areaAndCompetenceCodesAreUnique(String file) {
        JsonObject framework = read(FOLDER.resolve(file));
        List<String> areas = codes(framework.getJsonArray("areas").getValuesAs(JsonObject.class));
        assertThat(areas).isNotEmpty().doesNotHaveDuplicates();
        assertThat(competenceCodes(framework)).isNotEmpty().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void everyAreaCompetenceAndLevelIsNamedInDanishAndEnglish(String file) {
        JsonObject framework = read(FOLDER.resolve(file));
        for (JsonObject area : framework.getJsonArray("areas").getValuesAs(JsonObject.class)) {
            assertBilingual(area, "name", file + " area " + area.getString("code"));
            List<JsonObject> competences = area.getJsonArray("competences").getValuesAs(JsonObject.class);
            assertThat(competences).as("%s area %s", file, area.getString("code")).isNotEmpty();
            for (JsonObject competence : competences) {
                assertBilingual(competence, "name", file + " competence " + competence.getString("code"));
                assertBilingual(competence, "description", file + " competence " + competence.getString("code"));
            }
        }
        for (JsonObject level : levels(framework)) {
            assertBilingual(level, "name", file + " level " + level.getString("code"));
            assertBilingual(level, "description", file + " level " + level.getString("code"));
        }
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void everyLevelHasASelfAssessmentStemInDanishAndEnglish(String file) {
        JsonObject framework = read(FOLDER.resolve(file));
        assertThat(levels(framework)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(codes(levels(framework))).doesNotHaveDuplicates();
        for (JsonObject level : levels(framework)) {
            assertBilingual(level, "stem", file + " level " + level.getString("code"));
        }
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void everyJobRoleHasATargetThatIsOneOfTheFrameworksOwnLevels(String file) {
        JsonObject framework = read(FOLDER.resolve(file));
        JsonObject targets = framework.getJsonObject("targets");
        List<String> levelCodes = codes(levels(framework));
        assertThat(targets.keySet()).as(file).containsExactlyInAnyOrderElementsOf(JOB_ROLES);
        for (String role : JOB_ROLES) {
            assertThat(targets.getString(role)).as("%s target of %s", file, role).isIn(levelCodes);
        }
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void servesAtLeastOneInitiativeOfTheStrategyNamedExactlyAsSeeded(String file) {
        List<String> initiatives = read(FOLDER.resolve(file)).getJsonArray("initiatives")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        Set<String> seeded = seededInitiativeTitles();
        assertThat(initiatives).as(file).isNotEmpty().doesNotHaveDuplicates();
        assertThat(initiatives).as(file).allSatisfy(title -> assertThat(seeded).contains(title));
    }

    private static Set<String> seededInitiativeTitles() {
        return read(STRATEGY).getJsonArray("focusAreas").getValuesAs(JsonObject.class).stream()
                .flatMap(f -> f.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream())
                .map(i -> i.getString("title"))
                .collect(Collectors.toSet());
    }

    private static List<JsonObject> levels(JsonObject framework) {
        return framework.getJsonArray("levels").getValuesAs(JsonObject.class);
    }

    private static List<String> competenceCodes(JsonObject framework) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("code"))
                .toList();
    }

    private static List<String> codes(List<JsonObject> objects) {
        return objects.stream().map(o -> o.getString("code")).toList();
    }

    /** The field is an object with a non-blank Danish and English text. */
    private static void assertBilingual(JsonObject owner, String field, String where) {
        assertThat(owner.get(field)).as("%s %s", where, field).isInstanceOf(JsonObject.class);
        JsonObject texts = owner.getJsonObject(field);
        for (String language : List.of("da", "en")) {
            JsonValue text = texts.get(language);
            assertThat(text).as("%s %s.%s", where, field, language).isInstanceOf(JsonString.class);
            assertThat(((JsonString) text).getString()).as("%s %s.%s", where, field, language).isNotBlank();
        }
    }

    private static JsonObject read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
