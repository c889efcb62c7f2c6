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

    @Test
    void aRevisionCopiesTheStrategyUnderANewTitleAndArchivesTheOldVersion() {
        Strategy strategy = aStrategy();
        strategy.replaceVisions(List.of("Vision"));
        FocusArea area = strategy.addFocusArea("Område", "Beskrivelse");
        area.addGoal("Mål", GoalKind.SPECIFIC_TARGET);
        area.addInitiative(new Initiative.Content("Tema", "Tiltag", "Om", InitiativeSector.SKOLE, TargetGroup.STAFF));

        Strategy revision = strategy.revise("Strategi 2028-2030", LocalDate.of(2028, 8, 1));

        assertThat(strategy.isArchived()).isTrue();
        assertThat(revision.getStatus()).isEqualTo(StrategyStatus.ACTIVE);
        assertThat(revision.getSeedKey()).isNull();
        assertThat(revision.getTitle()).isEqualTo("Strategi 2028-2030");
        assertThat(revision.getEvaluationDate()).isEqualTo(LocalDate.of(2030, 8, 1));
        assertThat(revision.getVisions()).containsExactly("Vision");
        FocusArea copy = revision.getFocusAreas().get(0);
        assertThat(copy).isNotSameAs(area);
        assertThat(copy.getGoals()).extracting(Goal::getStatement, Goal::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mål", GoalKind.SPECIFIC_TARGET));
        assertThat(copy.getInitiatives().get(0).content()).isEqualTo(area.getInitiatives().get(0).content());
    }

    @Test
    void aRevisionNeedsATitleAndALaterStartAndAStrategyInForce() {
        Strategy strategy = aStrategy();
        assertThatThrownBy(() -> strategy.revise(" ", LocalDate.of(2028, 8, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> strategy.revise("Ny", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> strategy.revise("Ny", strategy.getStartDate()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(strategy.isArchived()).as("refused revisions leave it in force").isFalse();

        strategy.revise("Ny", LocalDate.of(2028, 8, 1));
        assertThatThrownBy(() -> strategy.revise("Igen", LocalDate.of(2030, 8, 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
