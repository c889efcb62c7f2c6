package dk.kompetencenet.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.InvalidInputException;

class StrategyTest {

    private Strategy aStrategy() {
        return new Strategy("key", "Strategi", "Kommune", null, LocalDate.of(2026, 8, 1));
    }

    @Test
    void schedulesTheFollowUpAfterOneYearAndTheEvaluationAfterTwo() {
        Strategy strategy = aStrategy();
        assertThat(strategy.getFollowUpDate()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(strategy.getEvaluationDate()).isEqualTo(LocalDate.of(2028, 8, 1));
    }

    @Test
    void refusesAFollowUpBeforeTheStartOrAnEvaluationBeforeTheFollowUp() {
        Strategy strategy = aStrategy();
        LocalDate start = strategy.getStartDate();
        assertThatThrownBy(() -> strategy.schedule(start, start.minusDays(1), start.plusYears(2)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> strategy.schedule(start, start.plusYears(1), start.plusMonths(6)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(strategy.getFollowUpDate()).isEqualTo(start.plusYears(1));
    }

    @Test
    void leavesEmptyVisionPointsOut() {
        Strategy strategy = aStrategy();
        strategy.replaceVisions(Arrays.asList("Første", " ", null, "Anden "));
        assertThat(strategy.getVisions()).containsExactly("Første", "Anden");
    }

    @Test
    void numbersGoalsAndInitiativesInTheOrderTheyAreAdded() {
        FocusArea area = aStrategy().addFocusArea("Område", null);
        area.addGoal("Mål 1", null);
        area.addGoal("Mål 2", GoalKind.SPECIFIC_TARGET);
        area.addInitiative(new Initiative.Content("Tema B", "Tiltag 1", null, InitiativeSector.SKOLE, TargetGroup.STAFF));
        area.addInitiative(new Initiative.Content("Tema A", "Tiltag 2", null, InitiativeSector.BOTH, TargetGroup.STAFF));
        area.addInitiative(new Initiative.Content("Tema B", "Tiltag 3", null, InitiativeSector.DAGTILBUD, TargetGroup.CHILDREN));

        assertThat(area.getGoals()).extracting(Goal::getSortOrder).containsExactly(1, 2);
        assertThat(area.getGoals().get(0).getKind()).isEqualTo(GoalKind.GOAL);
        assertThat(area.getThemes()).containsExactly("Tema B", "Tema A");
        assertThat(area.initiativesOfTheme("Tema B")).extracting(Initiative::getTitle).containsExactly("Tiltag 1", "Tiltag 3");
    }

    @Test
    void refusesAnInitiativeWithoutTitleSectorOrTargetGroup() {
        FocusArea area = aStrategy().addFocusArea("Område", null);
        List<Initiative.Content> bad = List.of(
                new Initiative.Content("Tema", " ", null, InitiativeSector.SKOLE, TargetGroup.STAFF),
                new Initiative.Content("Tema", "Titel", null, null, TargetGroup.STAFF),
                new Initiative.Content("Tema", "Titel", null, InitiativeSector.SKOLE, null),
                new Initiative.Content("Tema", "x".repeat(1001), null, InitiativeSector.SKOLE, TargetGroup.STAFF));
        assertThat(bad).allSatisfy(content -> assertThatThrownBy(() -> area.addInitiative(content))
                .isInstanceOf(InvalidInputException.class));
        assertThat(area.getInitiatives()).isEmpty();
    }

    @Test
    void anInitiativeForBothSectorsAppliesToSchoolsAndDaycare() {
        assertThat(InitiativeSector.BOTH.appliesTo(Sector.SKOLE)).isTrue();
        assertThat(InitiativeSector.BOTH.appliesTo(Sector.DAGTILBUD)).isTrue();
        assertThat(InitiativeSector.SKOLE.appliesTo(Sector.DAGTILBUD)).isFalse();
        assertThat(InitiativeSector.fromCode("dagtilbud")).isEqualTo(InitiativeSector.DAGTILBUD);
    }
}
