package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.followup.SnapshotService;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * The small demo's past, told from the day it is loaded so that it always looks current: self-assessment rounds about
 * thirteen and seven months ago (closed) and one open now, formal ratings before each, a snapshot of the indicators a
 * year back (taken when the first round and ratings were all there was), a year of network and theme meetings held,
 * development plans, local documents, equipment and designations; in the order it happened, through the features' own
 * services. The baseline snapshot is still the one start-up takes.
 */
@ApplicationScoped
class History {

    private static final Logger LOG = Logger.getLogger(History.class.getName());

    @Inject
    private EmployeeService employees;

    @Inject
    private HistoryRounds rounds;

    @Inject
    private HistoryRatings ratings;

    @Inject
    private HistoryMeetings meetings;

    @Inject
    private HistoryPractice practice;

    @Inject
    private SnapshotService snapshots;

    void tell(Map<String, Long> institutionIds, Long coordinatorId) {
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        DemoStaff staff = new DemoStaff(employees, institutionIds, today);
        StringJoiner took = new StringJoiner(", ", "Demo history told: ", " ms");
        step(took, "first ratings", () -> ratings.rate(staff, today.minusMonths(14), 0, 0.7));
        step(took, "first round", () -> rounds.closed(staff, today.minusMonths(13), today.minusMonths(12).minusWeeks(2),
                0, 0.8));
        step(took, "snapshot", () -> snapshots.recordFor("Status et år før demoen", today.minusYears(1),
                "koordinator"));
        step(took, "meetings held", () -> meetings.held(staff, coordinatorId));
        step(took, "second round", () -> rounds.closed(staff, today.minusMonths(7), today.minusMonths(6), 1, 0.9));
        step(took, "second ratings", () -> {
            ratings.rate(staff, today.minusMonths(3), 1, 0.85);
            ratings.rateEvaluationAndData(staff, today.minusMonths(2));
        });
        step(took, "open round", () -> rounds.open(staff, today.minusDays(12), today.plusWeeks(3), 2, 0.6));
        step(took, "goals", () -> ratings.goals(staff));
        step(took, "institutions", () -> {
            practice.documents(staff);
            practice.equipment(staff);
            practice.designations(staff);
        });
        step(took, "meetings ahead", () -> meetings.ahead(staff));
        LOG.info(took::toString);
    }

    private static void step(StringJoiner took, String name, Runnable work) {
        long start = System.nanoTime();
        work.run();
        took.add(name + " " + (System.nanoTime() - start) / 1_000_000);
    }
}
