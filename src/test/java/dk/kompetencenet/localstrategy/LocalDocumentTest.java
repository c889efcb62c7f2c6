package dk.kompetencenet.localstrategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.competence.BilingualName;
import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.InvalidInputException;

class LocalDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Institution school = new Institution("Skolen", InstitutionType.SKOLE, null,
            new Address("Vej 1", "9440", "Aabybro"));
    private final DocumentKind procedure = new DocumentKind("digital-bullying-procedure", 1,
            BilingualName.named("key", "Procedure ved digital mobning", null), EnumSet.allOf(Sector.class), Set.of());
    private final DocumentSection prevention = procedure.addSection("prevention",
            BilingualName.named("code", "Forebyggelse", "Prevention"));
    private final DocumentKind daycareStrategy = new DocumentKind("local-digital-strategy", 2,
            BilingualName.named("key", "Lokal digital strategi", null), EnumSet.of(Sector.DAGTILBUD), Set.of());

    private LocalDocument document() {
        return new LocalDocument(school, procedure);
    }

    private static LocalDocument.Details adopted(LocalDate on, LocalDate review) {
        return new LocalDocument.Details(DocumentStatus.ADOPTED, on, review, null);
    }

    private void record(LocalDocument d, LocalDocument.Details details) {
        d.record(details, null, Set.of(), TODAY, "tester", Instant.now());
    }

    @Test
    void aKindIsRequiredOnlyOfItsSectors() {
        assertTrue(procedure.isRequiredOf(InstitutionType.DAGPLEJE));
        assertTrue(daycareStrategy.isRequiredOf(InstitutionType.BOERNEHAVE));
        assertFalse(daycareStrategy.isRequiredOf(InstitutionType.SKOLE));
        assertEquals(EnumSet.of(InstitutionType.BOERNEHAVE, InstitutionType.INTEGRERET_INSTITUTION,
                InstitutionType.DAGPLEJE), daycareStrategy.requiredTypes());
        assertThrows(InvalidInputException.class, () -> new LocalDocument(school, daycareStrategy));
    }

    @Test
    void anAdoptedDocumentNeedsAnAdoptionDateThatIsNotInTheFuture() {
        LocalDocument d = document();
        assertThrows(InvalidInputException.class, () -> record(d, adopted(null, null)));
        assertThrows(InvalidInputException.class, () -> record(d, adopted(TODAY.plusDays(1), null)));
        assertEquals(DocumentStatus.MISSING, d.getStatus(), "a refused record changes nothing");
    }

    @Test
    void withoutAReviewDateTheNextReviewIsTwoYearsAfterAdoption() {
        LocalDocument d = document();
        record(d, adopted(LocalDate.of(2026, 3, 1), null));
        assertEquals(LocalDate.of(2028, 3, 1), d.getNextReviewOn());
    }

    @Test
    void theReviewMustComeAfterTheAdoption() {
        LocalDocument d = document();
        assertThrows(InvalidInputException.class, () -> record(d, adopted(TODAY, TODAY)));
        assertThrows(InvalidInputException.class, () -> record(d, adopted(TODAY, TODAY.minusDays(3))));
    }

    @Test
    void anAdoptedDocumentPastItsReviewDateIsOverdue() {
        LocalDocument d = document();
        record(d, adopted(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)));
        assertEquals(Standing.REVIEW_OVERDUE, d.standing(TODAY));
        assertEquals(Standing.ADOPTED, d.standing(LocalDate.of(2024, 12, 31)));
        assertEquals(Standing.MISSING, document().standing(TODAY));
        record(d, new LocalDocument.Details(DocumentStatus.IN_PROGRESS, null, null, null));
        assertEquals(Standing.IN_PROGRESS, d.standing(TODAY));
    }

    @Test
    void aLinkMustBeAWebAddress() {
        assertEquals("https://example.dk/a", LocalDocument.webAddress(" https://example.dk/a "));
        assertNull(LocalDocument.webAddress("  "));
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.dk/x", "example.dk", "https://",
                "http://exa mple.dk", "https://example.dk/" + "x".repeat(1000)}) {
            assertThrows(InvalidInputException.class, () -> LocalDocument.webAddress(bad), bad);
        }
    }

    @Test
    void theOwnerMustWorkAtTheInstitutionAndOnlyTheKindsOwnSectionsCanBeTicked() {
        LocalDocument d = document();
        Employee outsider = new Employee("Ida", "Jensen", "ida@example.dk", JobRole.LAERER);
        LocalDocument.Details inProgress = new LocalDocument.Details(DocumentStatus.IN_PROGRESS, null, null, null);
        assertThrows(InvalidInputException.class, () -> d.record(inProgress, outsider, Set.of(), TODAY, "t",
                Instant.now()));
        DocumentSection foreign = daycareStrategy.addSection("children", BilingualName.named("code", "Børn", null));
        assertThrows(InvalidInputException.class, () -> d.record(inProgress, null, Set.of(foreign), TODAY, "t",
                Instant.now()));

        Employee insider = new Employee("Bo", "Hansen", "bo@example.dk", JobRole.LAERER);
        insider.joinInstitution(school);
        d.record(inProgress, insider, Set.of(prevention), TODAY, "t", Instant.now());
        assertTrue(d.isDone(prevention));
        assertEquals(insider, d.getOwner());
    }
}
