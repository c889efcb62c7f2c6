package dk.kompetencenet.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.TargetGroup;

/** The equipment need's status moves forward one dated step at a time, and a refused step changes nothing. */
class EquipmentNeedTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final Institution SCHOOL = new Institution("Skolen", InstitutionType.SKOLE, null,
            new Address("Vej 1", "9440", "Aabybro"));

    static Initiative initiative(InitiativeSector sector) {
        return new Strategy("test", "Strategi", "Kommune", null, LocalDate.of(2026, 1, 1))
                .addFocusArea("Område", null)
                .addInitiative(new Initiative.Content("Tema", "Tiltag", null, sector, TargetGroup.STAFF));
    }

    private static EquipmentNeed requested(LocalDate on) {
        return new EquipmentNeed(SCHOOL, new EquipmentNeed.Details("iPads", 10, "Til indskolingen"),
                Set.of(initiative(InitiativeSector.BOTH)), on, TODAY, "leder", Instant.now());
    }

    private static void step(EquipmentNeed need, EquipmentStatus to, LocalDate on) {
        need.advance(to, on, TODAY, "koordinator", Instant.now());
    }

    @Test
    void aNeedGoesFromRequestedThroughApprovedAndDeliveredToInUseKeepingEachStepsDateAndWho() {
        EquipmentNeed need = requested(TODAY.minusDays(30));
        step(need, EquipmentStatus.APPROVED, TODAY.minusDays(20));
        step(need, EquipmentStatus.DELIVERED, TODAY.minusDays(10));
        step(need, EquipmentStatus.IN_USE, null);

        assertEquals(EquipmentStatus.IN_USE, need.getStatus());
        assertThat(need.steps()).containsExactly(
                new EquipmentNeed.Step(EquipmentStatus.REQUESTED, TODAY.minusDays(30), "leder"),
                new EquipmentNeed.Step(EquipmentStatus.APPROVED, TODAY.minusDays(20), "koordinator"),
                new EquipmentNeed.Step(EquipmentStatus.DELIVERED, TODAY.minusDays(10), "koordinator"),
                new EquipmentNeed.Step(EquipmentStatus.IN_USE, TODAY, "koordinator"));
        assertThat(need.getStatus().isFinal()).isTrue();
    }

    @Test
    void aNeedCanBeRejectedUntilItIsDeliveredAndThenGoesNowhere() {
        EquipmentNeed requested = requested(TODAY);
        step(requested, EquipmentStatus.REJECTED, TODAY);
        assertEquals(EquipmentStatus.REJECTED, requested.getStatus());
        assertRefused(requested, EquipmentStatus.APPROVED, "equipment.error.badStep.APPROVED");

        EquipmentNeed approved = requested(TODAY);
        step(approved, EquipmentStatus.APPROVED, TODAY);
        step(approved, EquipmentStatus.REJECTED, TODAY);
        assertEquals(EquipmentStatus.REJECTED, approved.getStatus());

        EquipmentNeed delivered = requested(TODAY);
        step(delivered, EquipmentStatus.APPROVED, TODAY);
        step(delivered, EquipmentStatus.DELIVERED, TODAY);
        assertRefused(delivered, EquipmentStatus.REJECTED, "equipment.error.badStep.REJECTED");
    }

    @Test
    void noStepIsSkippedOrTakenBackAndARefusedStepChangesNothing() {
        EquipmentNeed need = requested(TODAY.minusDays(5));
        assertRefused(need, EquipmentStatus.DELIVERED, "equipment.error.badStep.DELIVERED");
        assertRefused(need, EquipmentStatus.IN_USE, "equipment.error.badStep.IN_USE");
        assertRefused(need, EquipmentStatus.REQUESTED, "equipment.error.badStep.REQUESTED");
        assertRefused(need, null, "equipment.error.statusRequired");

        step(need, EquipmentStatus.APPROVED, TODAY);
        assertRefused(need, EquipmentStatus.APPROVED, "equipment.error.badStep.APPROVED");
        assertThat(need.steps()).extracting(EquipmentNeed.Step::status)
                .containsExactly(EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED);
    }

    @Test
    void aStepIsNeverDatedBeforeTheOneItFollowsNorInTheFuture() {
        EquipmentNeed need = requested(TODAY.minusDays(5));
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> step(need, EquipmentStatus.APPROVED, TODAY.minusDays(6)));
        assertEquals("equipment.error.dateOrder", early.problems().get(0).key());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> step(need, EquipmentStatus.APPROVED, TODAY.plusDays(1)));
        assertEquals("equipment.error.future", future.problems().get(0).key());
        assertEquals(EquipmentStatus.REQUESTED, need.getStatus());

        step(need, EquipmentStatus.APPROVED, TODAY.minusDays(5));
        assertEquals(TODAY.minusDays(5), need.lastStep().on(), "the same day as the step before is fine");

        InvalidInputException requestedLater = assertThrows(InvalidInputException.class, () -> requested(TODAY.plusDays(1)));
        assertEquals("requestedOn", requestedLater.problems().get(0).field());
    }

    @Test
    void aRequestNamesWhatHowManyAndAnInitiativeForTheInstitutionsSector() {
        assertField("what", () -> new EquipmentNeed(SCHOOL, new EquipmentNeed.Details(" ", 1, null),
                Set.of(initiative(InitiativeSector.BOTH)), null, TODAY, "leder", Instant.now()));
        assertField("quantity", () -> new EquipmentNeed(SCHOOL, new EquipmentNeed.Details("iPads", 0, null),
                Set.of(initiative(InitiativeSector.BOTH)), null, TODAY, "leder", Instant.now()));
        assertField("quantity", () -> new EquipmentNeed(SCHOOL, new EquipmentNeed.Details("iPads", null, null),
                Set.of(initiative(InitiativeSector.BOTH)), null, TODAY, "leder", Instant.now()));
        assertField("initiativeIds", () -> new EquipmentNeed(SCHOOL, new EquipmentNeed.Details("iPads", 1, null),
                Set.of(), null, TODAY, "leder", Instant.now()));
        assertField("initiativeIds", () -> new EquipmentNeed(SCHOOL, new EquipmentNeed.Details("iPads", 1, null),
                Set.of(initiative(InitiativeSector.DAGTILBUD)), null, TODAY, "leder", Instant.now()));

        EquipmentNeed need = requested(null);
        assertEquals(TODAY, need.getRequestedOn(), "requested today when no day is given");
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void everyStatusAndEveryRefusedStepHasATextInBothLanguages(String language) {
        Properties bundle = bundle(language);
        Arrays.stream(EquipmentStatus.values()).forEach(s -> {
            assertThat(bundle).containsKey(s.labelKey());
            assertThat(bundle).containsKey(s.refusalKey());
        });
        Arrays.stream(AgeGroup.values()).forEach(a -> assertThat(bundle).containsKey(a.labelKey()));
        for (String key : Set.of("experiment.error.whatRequired", "experiment.error.whoRequired",
                "equipment.error.whatRequired")) {
            assertThat(bundle).containsKey(key);
        }
    }

    @Test
    void onlyInUseAndRejectedAreFinal() {
        assertEquals(EnumSet.of(EquipmentStatus.IN_USE, EquipmentStatus.REJECTED), EnumSet.copyOf(
                Arrays.stream(EquipmentStatus.values()).filter(EquipmentStatus::isFinal).toList()));
    }

    static Properties bundle(String language) {
        Properties properties = new Properties();
        try (var in = EquipmentNeedTest.class.getClassLoader()
                .getResourceAsStream("i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void assertRefused(EquipmentNeed need, EquipmentStatus to, String key) {
        EquipmentStatus before = need.getStatus();
        int steps = need.steps().size();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> step(need, to, TODAY));
        assertEquals(key, refused.problems().get(0).key());
        assertEquals(before, need.getStatus());
        assertEquals(steps, need.steps().size());
    }

    static void assertField(String field, Runnable work) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, work::run);
        assertEquals(field, refused.problems().get(0).field());
    }
}
