package dk.kompetencenet.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** The rules of editing a framework by hand, without a database. */
class FrameworkTest {

    private static Framework threeLevelsTwoCompetences() {
        Framework framework = Framework.draft("Evaluering", "Evaluation", null, null, "1");
        framework.addLevel("1", "Kender", "Aware", "Jeg kender", "I am aware");
        framework.addLevel("2", "Bruger", "Uses", null, null);
        framework.addLevel("3", "Udvikler", "Develops", null, null);
        CompetenceArea area = framework.addArea("A", "Data", "Data");
        area.addCompetence("A.1", "Indsamle", "Collect", null, null);
        area.addCompetence("A.2", "Analysere", "Analyse", null, null);
        return framework;
    }

    private static String refusal(Runnable change) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, change::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().get(0).key();
    }

    @Test
    void aFrameworkMadeByHandStaysInactiveUntilItHasLevelsAndCompetences() {
        Framework draft = Framework.draft("Ny", null, null, null, "1");
        assertThat(draft.isActive()).isFalse();
        assertThat(draft.getNameEn()).as("English name defaults to the Danish").isEqualTo("Ny");

        assertThat(refusal(draft::activate)).isEqualTo("competence.error.empty");
        Framework complete = threeLevelsTwoCompetences();
        complete.activate();
        assertThat(complete.isActive()).isTrue();
    }

    @Test
    void codesAreUniqueWithinTheFrameworkAcrossAreasAndIgnoringCase() {
        Framework framework = threeLevelsTwoCompetences();
        CompetenceArea other = framework.addArea("B", "Brug", "Use");

        assertThat(refusal(() -> framework.addLevel("2", "To", null, null, null))).isEqualTo(
                "competence.error.duplicateCode");
        assertThat(refusal(() -> framework.addArea("a", "Igen", null))).isEqualTo("competence.error.duplicateCode");
        assertThat(refusal(() -> other.addCompetence("a.1", "Igen", null, null, null))).isEqualTo(
                "competence.error.duplicateCode");
        Competence second = framework.competences().get(1);
        assertThat(refusal(() -> framework.changeCompetence(second, "A.1", "Analysere", null, null, null)))
                .isEqualTo("competence.error.duplicateCode");
        framework.changeCompetence(second, "A.2", "Analysere data", "Analyse data", "Tal og tekst", null);
        assertThat(second.danish()).isEqualTo("Analysere data");
        assertThat(second.getDescriptionDa()).isEqualTo("Tal og tekst");
    }

    @Test
    void aRefusedChangeLeavesThePartAsItWas() {
        Framework framework = threeLevelsTwoCompetences();
        ProficiencyLevel first = framework.getLevels().get(0);

        assertThat(refusal(() -> framework.changeLevel(first, "1", "", "Aware", null, null)))
                .isEqualTo("competence.error.nameRequired");
        assertThat(refusal(() -> framework.changeLevel(first, "1", "x".repeat(101), null, null, null)))
                .isEqualTo("text.error.tooLong");
        assertThat(refusal(() -> framework.changeLevel(first, "12345678901", "Kender", null, null, null)))
                .isEqualTo("text.error.tooLong");
        assertThat(first.danish()).isEqualTo("Kender");
        assertThat(first.getStemDa()).isEqualTo("Jeg kender");
    }

    @Test
    void movingAPartRenumbersItsListAndStopsAtTheEnds() {
        Framework framework = threeLevelsTwoCompetences();
        ProficiencyLevel third = framework.getLevels().get(2);

        framework.moveLevel(third, -1);
        assertThat(framework.getLevels()).extracting(ProficiencyLevel::getCode).containsExactly("1", "3", "2");
        assertThat(framework.getLevels()).extracting(ProficiencyLevel::getRank).containsExactly(1, 2, 3);
        framework.moveLevel(third, -5);
        assertThat(framework.getLevels()).extracting(ProficiencyLevel::getCode).containsExactly("3", "1", "2");

        Competence first = framework.competences().get(0);
        framework.moveCompetence(first, 1);
        assertThat(framework.competences()).extracting(Competence::getCode).containsExactly("A.2", "A.1");
        assertThat(framework.competences()).extracting(Competence::getSortOrder).containsExactly(1, 2);
    }

    @Test
    void removingALevelRenumbersTheRestButATargetedLevelIsKept() {
        Framework framework = threeLevelsTwoCompetences();
        framework.target(JobRole.LAERER, "2");

        assertThat(refusal(() -> framework.removeLevel(framework.getLevels().get(1))))
                .isEqualTo("competence.error.levelTargeted");
        assertThat(framework.getLevels()).hasSize(3);
        framework.removeLevel(framework.getLevels().get(0));
        assertThat(framework.getLevels()).extracting(ProficiencyLevel::getCode).containsExactly("2", "3");
        assertThat(framework.getLevels()).extracting(ProficiencyLevel::getRank).containsExactly(1, 2);
    }

    @Test
    void anActiveFrameworkKeepsAtLeastOneLevelAndOneCompetence() {
        Framework framework = Framework.draft("Lille", null, null, null, "1");
        framework.addLevel("1", "Et", null, null, null);
        CompetenceArea area = framework.addArea("A", "Område", null);
        area.addCompetence("A.1", "Eneste", null, null, null);
        framework.activate();

        assertThat(refusal(() -> framework.removeLevel(framework.getLevels().get(0))))
                .isEqualTo("competence.error.activeNeedsContent");
        assertThat(refusal(() -> framework.removeCompetence(framework.competences().get(0))))
                .isEqualTo("competence.error.activeNeedsContent");
        assertThat(refusal(() -> framework.removeArea(area))).isEqualTo("competence.error.activeNeedsContent");

        framework.deactivate();
        framework.removeArea(area);
        assertThat(framework.getAreas()).isEmpty();
    }

    @Test
    void targetsAreSetAsAWholeProfileAndOneUnknownLevelChangesNothing() {
        Framework framework = threeLevelsTwoCompetences();
        framework.target(JobRole.PAEDAGOG, "1");
        Map<JobRole, String> profile = new EnumMap<>(JobRole.class);
        profile.put(JobRole.LAERER, "3");
        profile.put(JobRole.LEDER, "9");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> framework.retarget(profile));
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("targets.LEDER");
        assertThat(framework.targetCodes()).isEqualTo(Map.of(JobRole.PAEDAGOG, "1"));

        profile.put(JobRole.LEDER, "2");
        framework.retarget(profile);
        assertThat(framework.targetCodes()).isEqualTo(Map.of(JobRole.LAERER, "3", JobRole.LEDER, "2"));
        assertThat(framework.targetFor(JobRole.LAERER)).map(ProficiencyLevel::getRank).contains(3);
        assertThat(framework.targetFor(JobRole.PAEDAGOG)).as("left out: no target").isEmpty();
    }

    @Test
    void aNewVersionIsAnInactiveCopyUnderAnotherLabelThatChangesIndependently() {
        Framework original = threeLevelsTwoCompetences();
        original.target(JobRole.LAERER, "2");
        original.activate();

        assertThat(refusal(() -> original.copyAs(" 1 "))).isEqualTo("competence.error.sameVersion");
        assertThat(refusal(() -> original.copyAs(""))).isEqualTo("competence.error.versionRequired");
        Framework copy = original.copyAs("2");

        assertThat(copy.isActive()).isFalse();
        assertThat(copy.getSeedKey()).isNull();
        assertThat(copy.getFrameworkVersion()).isEqualTo("2");
        assertThat(copy.getNameDa()).isEqualTo(original.getNameDa());
        assertThat(copy.getLevels()).extracting(ProficiencyLevel::getCode).containsExactly("1", "2", "3");
        assertThat(copy.getLevels().get(0).getStemEn()).isEqualTo("I am aware");
        assertThat(copy.competences()).extracting(Competence::getCode).containsExactly("A.1", "A.2");
        assertThat(copy.targetCodes()).isEqualTo(Map.of(JobRole.LAERER, "2"));
        assertThat(copy.getLevels().get(0)).isNotSameAs(original.getLevels().get(0));

        copy.changeCompetence(copy.competences().get(0), "A.1", "Indsamle data", null, null, null);
        assertThat(original.competences().get(0).danish()).isEqualTo("Indsamle");
    }
}
