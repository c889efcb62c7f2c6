package dk.kompetencenet.overview.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;
import dk.kompetencenet.overview.Progress;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.overview.OverviewService.RoundTrend;

/** The rules that turn the database's counts into observations, and their sentences in both languages. */
class ObservationRulesTest {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final FallenAreas.Area TEACHING = new FallenAreas.Area(7L,
            new Observation.Name("Undervisning", "Teaching"));
    private static final FallenAreas.Area ASSESSMENT = new FallenAreas.Area(8L,
            new Observation.Name("Evaluering", "Assessment"));

    private static RoundTrend round(long id, AssessmentRound.Status status, long respondents, double teaching,
                                    double assessment) {
        boolean shown = respondents >= 5;
        return new RoundTrend(id, "Runde " + id, status, respondents, shown,
                shown ? Map.of(7L, teaching, 8L, assessment) : Map.of());
    }

    @Test
    void anAreaFellBetweenTheTwoLatestShownClosedRoundsAndABelowThresholdRoundIsPassedOver() {
        List<Observation> fell = FallenAreas.from(List.of(
                round(1, AssessmentRound.Status.CLOSED, 9, 1.0, 1.0),
                round(2, AssessmentRound.Status.CLOSED, 12, 3.0, 2.0),
                round(3, AssessmentRound.Status.CLOSED, 10, 2.5, 2.0),
                round(4, AssessmentRound.Status.CLOSED, 4, 0.0, 0.0),
                round(5, AssessmentRound.Status.OPEN, 20, 0.0, 0.0)), List.of(TEACHING, ASSESSMENT));
        assertEquals(1, fell.size(), "only teaching fell between rounds 2 and 3; round 4 had four, round 5 is open");
        assertEquals("Undervisning: den gennemsnitlige selvvurdering faldt fra 3,0 til 2,5 mellem Runde 2 (12 svarede)"
                + " og Runde 3 (10 svarede).", fell.get(0).text(DA));
        assertEquals("Teaching: the average self-assessment fell from 3.0 to 2.5 between Runde 2 (12 answered)"
                + " and Runde 3 (10 answered).", fell.get(0).text(Locale.ENGLISH));
        assertEquals("/competence/round.xhtml?id=3", fell.get(0).link());
        assertEquals(List.of(), FallenAreas.from(List.of(round(2, AssessmentRound.Status.CLOSED, 12, 3.0, 2.0),
                round(3, AssessmentRound.Status.CLOSED, 4, 1.0, 1.0)), List.of(TEACHING, ASSESSMENT)),
                "a fall to a round of four is not shown");
    }

    /** Occurrences a week apart, each with so many present of so many recorded. */
    private static FallingAttendance.Network network(int recorded, long... present) {
        TreeMap<LocalDateTime, long[]> occurrences = new TreeMap<>();
        LocalDateTime start = LocalDateTime.parse("2026-01-06T14:00");
        for (int i = 0; i < present.length; i++) {
            occurrences.put(start.plusWeeks(i), new long[] {present[i], recorded});
        }
        return new FallingAttendance.Network(5L, "Læsenetværket", occurrences);
    }

    @Test
    void attendanceFellWhenTheLatestThreeMeetingsAreTenPointsBelowTheThreeBefore() {
        Observation fell = FallingAttendance.observation(network(2, 0, 2, 2, 2, 1, 1, 1)).orElseThrow();
        assertEquals("Læsenetværket: fremmødet ved de seneste 3 møder var 50 % (3 af 6) mod 100 % (6 af 6)"
                + " ved de 3 før.", fell.text(DA), "the oldest meeting is outside both windows");
        assertEquals("Læsenetværket: attendance at the latest 3 meetings was 50% (3 of 6) against 100% (6 of 6)"
                + " at the 3 before.", fell.text(Locale.ENGLISH));
        assertEquals("/meeting/network.xhtml?id=5", fell.link());
        assertTrue(FallingAttendance.observation(network(2, 2, 2, 2, 2, 2, 1)).isPresent(), "83 % against 100 %");
    }

    @Test
    void aDropOfLessThanTenPointsRiseOrTooFewMeetingsIsNoObservation() {
        assertTrue(FallingAttendance.observation(network(10, 10, 10, 10, 10, 10, 8)).isEmpty(), "93 % against 100 %");
        assertTrue(FallingAttendance.observation(network(2, 1, 1, 1, 2, 2, 2)).isEmpty(), "a rise");
        assertTrue(FallingAttendance.observation(network(2, 2, 2, 2, 1, 1)).isEmpty(), "five meetings");
    }

    private static BoardService.Row row(long institution, Progress progress) {
        return new BoardService.Row(institution, "Skole " + institution, InstitutionType.SKOLE,
                Map.of(1L, new BoardService.Cell(progress, Evidence.NONE)));
    }

    @Test
    void anInitiativeIsIdleWhenNoInstitutionItAppliesToHasStartedIt() {
        List<BoardService.Column> columns = List.of(new BoardService.Column(1L, "2.3", "Digital dannelse",
                InitiativeSector.BOTH, 2L, Map.of()));
        Observation idle = IdleInitiatives.from(columns, List.of(row(1, Progress.NOTHING_YET),
                row(2, Progress.NOTHING_YET), row(3, Progress.NOT_RELEVANT)), 14).get(0);
        assertEquals("Tiltag 2.3 »Digital dannelse« er ikke i gang på nogen af 2 institutioner, 14 måneder efter"
                + " strategiens start.", idle.text(DA));
        assertEquals("/strategy/initiative.xhtml?id=1", idle.link());
        assertEquals(List.of(), IdleInitiatives.from(columns, List.of(row(1, Progress.NOTHING_YET),
                row(2, Progress.UNDER_WAY)), 14), "started at one school");
        assertEquals(List.of(), IdleInitiatives.from(columns, List.of(row(3, Progress.NOT_RELEVANT)), 14),
                "applies to none in view");
    }

    @Test
    void aLoneSupervisorsSentenceHasTheDateAndTheDaysLeft() throws Exception {
        Observation o = LoneSupervisors.observation(3L, "Fjordskolen", LocalDate.parse("2026-12-30"),
                LocalDate.parse("2026-12-06"));
        assertEquals("Fjordskolen: den eneste vejleders udpegning udløber 30. december 2026 (om 24 dage).",
                o.text(DA));
        assertEquals("Fjordskolen: the only supervisor's designation ends on December 30, 2026 (in 24 days).",
                o.text(Locale.ENGLISH));
        assertEquals("/training/designations.xhtml?institution=3", o.link());
        assertEquals(o.text(DA), copied(o).text(DA), "kept by the view-scoped overview page, so serialisable");
    }

    private static Observation copied(Observation o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Observation) in.readObject();
        }
    }
}
