package dk.kompetencenet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.strategy.Initiative;

class MeetingRulesTest {

    private static final LocalDateTime TWO_PM = LocalDateTime.of(2027, 3, 4, 14, 0);
    private static final Set<Initiative> SERVED = Set.of(new Initiative() { });

    @Test
    void everyFieldAtFaultIsNamedAtOnceWithTheLimitsOfTheColumns() {
        Meeting.Details details = new Meeting.Details(MeetingKind.OTHER, "Møde\u0007", "a".repeat(4001),
                "b".repeat(301), "Lokale\t3", TWO_PM, TWO_PM.plusHours(13), "FREQ=HOURLY;COUNT=3", 0);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> MeetingRules.checked(details, Set.of()))
                .problems()).containsExactly(Problem.inField("title", "text.error.controlCharacters"),
                Problem.inField("agenda", "text.error.tooLong", MeetingRules.AGENDA),
                Problem.inField("location", "text.error.tooLong", MeetingRules.LOCATION),
                Problem.inField("room", "text.error.controlCharacters"),
                Problem.inField("end", "meeting.error.tooLongMeeting", 12L),
                Problem.inField("capacity", "meeting.error.capacity"),
                Problem.inField("initiativeIds", "meeting.error.initiativeRequired"),
                Problem.inField("rrule", "meeting.error.rrule.frequency"));
    }

    @Test
    void aGoodMeetingGivesItsRuleInCanonicalFormAndAMovedOccurrenceFollowsTheSameTimeRule() {
        Meeting.Details details = new Meeting.Details(MeetingKind.OTHER, " Netværksmøde ", "Punkt 1\nPunkt 2", null,
                null, TWO_PM, TWO_PM.plusHours(2), "RRULE:FREQ=WEEKLY;COUNT=3", null);

        assertThat(MeetingRules.checked(details, SERVED)).isEqualTo("FREQ=WEEKLY;COUNT=3");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> MeetingRules.checkTime(TWO_PM, TWO_PM.minusHours(1))).problems())
                .containsExactly(Problem.inField("end", "meeting.error.endBeforeStart"));
    }
}
