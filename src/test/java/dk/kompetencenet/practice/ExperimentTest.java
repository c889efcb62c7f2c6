package dk.kompetencenet.practice;

import static dk.kompetencenet.practice.EquipmentNeedTest.SCHOOL;
import static dk.kompetencenet.practice.EquipmentNeedTest.TODAY;
import static dk.kompetencenet.practice.EquipmentNeedTest.assertField;
import static dk.kompetencenet.practice.EquipmentNeedTest.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;

/** An experiment in the log: what, who, age group and start required, the end after the start, shared or not. */
class ExperimentTest {

    private static Experiment.Details details(String what, AgeGroup ageGroup) {
        return new Experiment.Details(what, "3. A og to lærere", ageGroup, TODAY.minusDays(7), TODAY, "Det virkede",
                true);
    }

    private static Experiment experiment(Experiment.Details details) {
        return new Experiment(SCHOOL, details, Set.of(initiative(InitiativeSector.BOTH)), "medarbejder",
                Instant.now());
    }

    @Test
    void anExperimentKeepsWhatWasTriedByWhomForWhichAgeGroupAndWhetherItIsShared() {
        Experiment experiment = experiment(details("  Micro:bits i matematik ", AgeGroup.GRADE_4_6));

        assertEquals("Micro:bits i matematik", experiment.getWhat());
        assertEquals(AgeGroup.GRADE_4_6, experiment.getAgeGroup());
        assertThat(experiment.isShared()).isTrue();
        assertEquals("medarbejder", experiment.getRecordedBy());
    }

    @Test
    void missingOrWrongDetailsAreRefusedAndChangeNothing() {
        Experiment experiment = experiment(details("Micro:bits", AgeGroup.GRADE_4_6));
        Set<Initiative> serves = experiment.getInitiatives();

        assertField("what", () -> experiment.change(details("  ", AgeGroup.GRADE_4_6), serves, "x", Instant.now()));
        assertField("who", () -> experiment.change(new Experiment.Details("Robotter", null, AgeGroup.AGE_3_5,
                TODAY, null, null, false), serves, "x", Instant.now()));
        assertField("ageGroup", () -> experiment.change(details("Robotter", null), serves, "x", Instant.now()));
        assertField("startedOn", () -> experiment.change(new Experiment.Details("Robotter", "Stue 2",
                AgeGroup.AGE_3_5, null, null, null, false), serves, "x", Instant.now()));
        assertField("endedOn", () -> experiment.change(new Experiment.Details("Robotter", "Stue 2",
                AgeGroup.AGE_3_5, TODAY, TODAY.minusDays(1), null, false), serves, "x", Instant.now()));
        assertField("what", () -> experiment.change(details("x".repeat(301), AgeGroup.AGE_3_5), serves, "x",
                Instant.now()));
        assertField("initiativeIds", () -> experiment.change(details("Robotter", AgeGroup.AGE_3_5), Set.of(), "x",
                Instant.now()));
        assertField("initiativeIds", () -> experiment.change(details("Robotter", AgeGroup.AGE_3_5),
                Set.of(initiative(InitiativeSector.DAGTILBUD)), "x", Instant.now()));

        assertEquals("Micro:bits", experiment.getWhat());
        assertEquals(AgeGroup.GRADE_4_6, experiment.getAgeGroup());
        assertThat(experiment.getInitiatives()).hasSize(1);
    }

    @Test
    void theDefaultInitiativesAreTitlesOfTheSeededStrategy() {
        JsonObject strategy = SeedFiles.json("seed/strategy/digitaliseringsstrategi.json").asJsonObject();
        List<String> titles = strategy.getJsonArray("focusAreas").getValuesAs(JsonObject.class).stream()
                .flatMap(f -> f.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream())
                .map(i -> i.getString("title")).toList();

        for (PracticeInitiatives.Kind kind : PracticeInitiatives.Kind.values()) {
            assertThat(PracticeInitiatives.titles(kind)).isNotEmpty().allSatisfy(t -> assertThat(titles).contains(t));
        }
        assertThat(PracticeInitiatives.titles(PracticeInitiatives.Kind.EXPERIMENTS)).singleElement().asString()
                .contains("eksperimentere med teknologi");
        assertThat(PracticeInitiatives.titles(PracticeInitiatives.Kind.EQUIPMENT)).singleElement().asString()
                .contains("nødvendige digitale redskaber");
    }
}
