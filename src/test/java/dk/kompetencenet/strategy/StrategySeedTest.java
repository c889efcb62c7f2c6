package dk.kompetencenet.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.SeedFiles;

/** The strategy as seeded: the whole of the municipality's text, as written, in the model's shape. */
class StrategySeedTest {

    private final Strategy strategy = StrategySeed.toStrategy(SeedFiles.json(StrategySeed.RESOURCE).asJsonObject());

    @Test
    void hasTheThreeFocusAreasAndTheFourVisionPoints() {
        assertThat(strategy.getFocusAreas()).extracting(FocusArea::getTitle).containsExactly(
                "Udvikling af børn og unges digitale kompetencer",
                "Det digitale forældresamarbejde",
                "Ledelse og medarbejderes anvendelse af IT");
        assertThat(strategy.getVisions()).hasSize(4);
    }

    @Test
    void hasEveryGoalIncludingTheDigitalBullyingTargetSetApart() {
        assertThat(strategy.getFocusAreas()).extracting(f -> f.getGoals().size()).containsExactly(4, 2, 1);
        List<Goal> specific = strategy.getFocusAreas().get(0).getGoals().stream()
                .filter(g -> g.getKind() == GoalKind.SPECIFIC_TARGET).toList();
        assertThat(specific).singleElement().extracting(Goal::getStatement).asString()
                .contains("forebyggelse af digital mobning og en procedure ved digital mobning");
    }

    @Test
    void hasEveryInitiativeForDagtilbudAndSkoleUnderItsTheme() {
        FocusArea children = strategy.getFocusAreas().get(0);
        assertThat(children.getThemes()).containsExactly("Lokale digitale strategier", "Kompetenceudvikling",
                "Mere plads til at eksperimentere");
        assertThat(children.getInitiatives()).filteredOn(i -> i.getSector() == InitiativeSector.DAGTILBUD).hasSize(6);
        assertThat(children.getInitiatives()).filteredOn(i -> i.getSector() == InitiativeSector.SKOLE).hasSize(6);
        assertThat(children.initiativesOfTheme("Kompetenceudvikling")).extracting(Initiative::getTitle)
                .contains("Netværksmøder for de digital didaktiske vejledere",
                        "Opkvalificerende temamøder om anvendelsen af digitale redskaber i den pædagogiske praksis");
        assertThat(strategy.getFocusAreas().get(1).getInitiatives()).hasSize(3)
                .allMatch(i -> i.getTargetGroup() == TargetGroup.PARENTS);
        assertThat(strategy.getFocusAreas().get(2).getInitiatives()).extracting(Initiative::getTargetGroup)
                .containsExactly(TargetGroup.LEADERS, TargetGroup.LEADERS, TargetGroup.STAFF, TargetGroup.STAFF);
    }

    @Test
    void followsUpAfterOneYearAndEvaluatesAfterTwo() {
        assertThat(strategy.getStartDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(strategy.getFollowUpDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(strategy.getEvaluationDate()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void everyTitleGoalAndVisionStandsInTheStrategyTextAsWritten() throws IOException {
        String source = normalise(Files.readString(Path.of("seed/strategy/digitaliseringsstrategi.txt")));
        Stream<String> seeded = Stream.of(
                strategy.getVisions().stream(),
                strategy.getFocusAreas().stream().map(FocusArea::getTitle),
                strategy.getFocusAreas().stream().flatMap(f -> f.getGoals().stream()).map(Goal::getStatement),
                strategy.getFocusAreas().stream().flatMap(f -> f.getInitiatives().stream()).map(Initiative::getTitle),
                strategy.getFocusAreas().stream().flatMap(f -> f.getInitiatives().stream()).map(Initiative::getTheme))
                .flatMap(s -> s);
        assertThat(seeded).allSatisfy(text -> assertThat(source).contains(normalise(text)));
    }

    /** One space for any run of white space, no line-break hyphens, one case. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "").toLowerCase(Locale.ROOT);
    }
}
