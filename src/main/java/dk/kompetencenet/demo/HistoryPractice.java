package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.demo.DemoStaff.Person;
import dk.kompetencenet.localstrategy.DocumentSection;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.localstrategy.LocalDocument;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.TrainingService;

/**
 * The institutions' side: local documents in every standing (adopted, due for review within weeks, past review, in
 * progress, recorded missing, not recorded), equipment needs at every step, and a supervisor designation that ends
 * within weeks.
 */
@ApplicationScoped
class HistoryPractice {

    /** What is recorded of a document, in turn over the institutions' required documents. */
    private enum State {
        REVIEW_SOON, REVIEW_OVERDUE, ADOPTED, IN_PROGRESS, ADOPTED_LATELY, MISSING, NOT_RECORDED
    }

    @Inject
    private LocalDocumentService documents;

    @Inject
    private EquipmentService equipment;

    @Inject
    private TrainingService training;

    void documents(DemoStaff staff) {
        int turn = 0;
        for (var institution : staff.institutionIds.entrySet()) {
            Long leader = staff.at(institution.getKey()).stream().filter(p -> p.role() == JobRole.LEDER)
                    .map(Person::id).findFirst().orElse(null);
            for (LocalDocumentService.Entry entry : documents.register(institution.getValue())) {
                State state = State.values()[turn++ % State.values().length];
                if (state == State.NOT_RECORDED) {
                    continue;
                }
                List<String> sections = entry.kind().getSections().stream().map(DocumentSection::getCode).toList();
                documents.save(institution.getValue(), entry.kind().getKey(), null, details(staff.today, state),
                        leader, Set.copyOf(state == State.IN_PROGRESS ? sections.subList(0, sections.size() / 2)
                                : state == State.MISSING ? List.of() : sections));
            }
        }
    }

    private static LocalDocument.Details details(LocalDate today, State state) {
        return switch (state) {
            case REVIEW_SOON -> new LocalDocument.Details(DocumentStatus.ADOPTED, today.minusYears(2).minusMonths(1),
                    today.plusDays(18), null);
            case REVIEW_OVERDUE -> new LocalDocument.Details(DocumentStatus.ADOPTED, today.minusYears(3),
                    today.minusDays(40), null);
            case ADOPTED -> new LocalDocument.Details(DocumentStatus.ADOPTED, today.minusMonths(10), null, null);
            case ADOPTED_LATELY -> new LocalDocument.Details(DocumentStatus.ADOPTED, today.minusDays(20), null, null);
            case IN_PROGRESS -> new LocalDocument.Details(DocumentStatus.IN_PROGRESS, null, null, null);
            case MISSING, NOT_RECORDED -> new LocalDocument.Details(DocumentStatus.MISSING, null, null, null);
        };
    }

    void equipment(DemoStaff staff) {
        need(staff, "Birkelyskolen", new EquipmentNeed.Details("iPads til indskolingen", 12,
                "Programmering og billedfortælling i 1.-3. klasse"), 6, EquipmentStatus.REQUESTED);
        need(staff, "Birkelyskolen", new EquipmentNeed.Details("Micro:bit-sæt", 15, "Teknologiforståelse i natur/teknologi"),
                200, EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED, EquipmentStatus.DELIVERED,
                EquipmentStatus.IN_USE);
        need(staff, "Solsikken", new EquipmentNeed.Details("Bee-Bots", 6, "Programmering med de yngste"), 40,
                EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED);
        need(staff, "Solsikken", new EquipmentNeed.Details("Green screen og stativ", 1, "Film i børnehøjde"), 90,
                EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED, EquipmentStatus.DELIVERED);
        need(staff, "Fjordskolen", new EquipmentNeed.Details("3D-printer", 1, "Valgfaget teknologi"), 120,
                EquipmentStatus.REQUESTED, EquipmentStatus.REJECTED);
        need(staff, "Troldehøjen", new EquipmentNeed.Details("Digitale mikroskoper", 4, "Naturen tæt på"), 3,
                EquipmentStatus.REQUESTED);
    }

    /** A need requested {@code daysAgo}, taken through the steps a fortnight apart. */
    private void need(DemoStaff staff, String institution, EquipmentNeed.Details details, int daysAgo,
                      EquipmentStatus... steps) {
        LocalDate on = staff.today.minusDays(daysAgo);
        EquipmentNeed need = equipment.request(staff.institution(institution), details, on, Set.of());
        for (int i = 1; i < steps.length; i++) {
            on = on.plusDays(14).isAfter(staff.today) ? staff.today : on.plusDays(14);
            need = equipment.advance(need.getId(), need.getVersion(), steps[i], on);
        }
    }

    /** Fjordskolen's IT-didactic supervisor, designated two years ago until a few weeks from now. */
    void designations(DemoStaff staff) {
        training.grant(staff.get("ida.sorensen@fjord.example.dk").id(), staff.institution("Fjordskolen"),
                DesignationKind.IT_DIDACTIC_SUPERVISOR, staff.today.minusYears(2), staff.today.plusDays(24));
    }
}
