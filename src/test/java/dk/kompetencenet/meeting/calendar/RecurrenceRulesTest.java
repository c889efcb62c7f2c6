package dk.kompetencenet.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;

class RecurrenceRulesTest {

    private static final LocalDateTime THURSDAY_AT_TWO = LocalDateTime.of(2026, 10, 1, 14, 0);

    private static Problem refusal(String rrule) {
        return catchThrowableOfType(InvalidInputException.class, () -> RecurrenceRules.normalise(rrule))
                .problems().get(0);
    }

    @Test
    void acceptsWeeklyAndEveryNWeeksWithOrWithoutThePrefix() {
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;COUNT=10")).isEqualTo("FREQ=WEEKLY;COUNT=10");
        assertThat(RecurrenceRules.normalise("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=10"))
                .isEqualTo("FREQ=WEEKLY;COUNT=10;INTERVAL=2");
        assertThat(RecurrenceRules.normalise(" rrule:freq=weekly;interval=1;byday=mo,th;count=4 "))
                .isEqualTo("FREQ=WEEKLY;COUNT=4;BYDAY=MO,TH");
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;INTERVAL=8;COUNT=200;WKST=MO"))
                .isEqualTo("FREQ=WEEKLY;WKST=MO;COUNT=200;INTERVAL=8");
    }

    @Test
    void acceptsDailyEveryNDaysAndOnWorkdaysAsGoogleAndOutlookWriteThem() {
        assertThat(RecurrenceRules.normalise("FREQ=DAILY;COUNT=5")).isEqualTo("FREQ=DAILY;COUNT=5");
        String everyOther = RecurrenceRules.normalise("FREQ=DAILY;INTERVAL=2;COUNT=3", THURSDAY_AT_TWO);
        assertThat(RecurrenceRules.starts(everyOther, THURSDAY_AT_TWO, 10)).containsExactly(THURSDAY_AT_TWO,
                THURSDAY_AT_TWO.plusDays(2), THURSDAY_AT_TWO.plusDays(4));
        String workdays = RecurrenceRules.normalise("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=4", THURSDAY_AT_TWO);
        assertThat(RecurrenceRules.starts(workdays, THURSDAY_AT_TWO, 10)).containsExactly(THURSDAY_AT_TWO,
                THURSDAY_AT_TWO.plusDays(1), THURSDAY_AT_TWO.plusDays(4), THURSDAY_AT_TWO.plusDays(5));
    }

    @Test
    void acceptsMonthlyByWeekdayAndByDayOfMonth() {
        assertThat(RecurrenceRules.normalise("FREQ=MONTHLY;BYDAY=2TU;COUNT=6"))
                .isEqualTo("FREQ=MONTHLY;COUNT=6;BYDAY=2TU");
        assertThat(RecurrenceRules.normalise("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"))
                .isEqualTo("FREQ=MONTHLY;COUNT=6;BYDAY=-1FR");
        assertThat(RecurrenceRules.normalise("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6"))
                .isEqualTo("FREQ=MONTHLY;COUNT=6;BYMONTHDAY=15");
    }

    @Test
    void turnsOutlooksSetPositionIntoAWeekdayOfTheMonth() {
        assertThat(RecurrenceRules.normalise("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=6"))
                .isEqualTo("FREQ=MONTHLY;COUNT=6;BYDAY=2TU");
    }

    @Test
    void acceptsUntilAsADateOrAUtcTimeAndWritesItInUtc() {
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20261231T230000Z"))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20261231T230000Z");
        // A date means the whole day in Copenhagen: 23:59:59 CET is 22:59:59 UTC.
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20261105"))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20261105T225959Z");
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20260805T140000"))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20260805T120000Z");
    }

    @Test
    void aDateUntilIncludesTheMeetingOnThatDay() {
        String rule = RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20261105", THURSDAY_AT_TWO);

        assertThat(RecurrenceRules.starts(rule, THURSDAY_AT_TWO, 100)).hasSize(6)
                .last().isEqualTo(LocalDateTime.of(2026, 11, 5, 14, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=DAILY;INTERVAL=15;COUNT=5", "FREQ=DAILY;BYDAY=1MO;COUNT=5",
        "FREQ=DAILY;BYMONTHDAY=3;COUNT=5", "FREQ=HOURLY;COUNT=5", "FREQ=MINUTELY;COUNT=5",
        "FREQ=YEARLY;BYMONTH=3,9;COUNT=5", "FREQ=YEARLY;BYMONTHDAY=3;COUNT=5", "FREQ=YEARLY;INTERVAL=11;COUNT=5",
        "FREQ=YEARLY;BYWEEKNO=20;COUNT=5", "FREQ=YEARLY;BYMONTH=9;BYDAY=MO;COUNT=5",
        "FREQ=WEEKLY;INTERVAL=9;COUNT=5", "FREQ=WEEKLY;BYDAY=2TU;COUNT=5", "FREQ=WEEKLY;BYHOUR=9;COUNT=5",
        "FREQ=MONTHLY;INTERVAL=13;BYDAY=2TU;COUNT=5", "FREQ=MONTHLY;BYDAY=TU,TH;COUNT=5",
        "FREQ=MONTHLY;BYDAY=5TU;COUNT=5", "FREQ=MONTHLY;BYDAY=2TU;BYMONTHDAY=15;COUNT=5"})
    void refusesOtherRepetitions(String rrule) {
        assertThat(refusal(rrule).key()).isEqualTo("meeting.error.rrule.frequency");
        assertThat(refusal(rrule).field()).isEqualTo("rrule");
    }

    @Test
    void acceptsEveryFewMonthsAndYearlyInOneMonthAsOutlookAndGoogleWriteThem() {
        LocalDateTime firstMondayOfSeptember = LocalDateTime.of(2026, 9, 7, 9, 0);
        String yearly = RecurrenceRules.normalise("FREQ=YEARLY;BYMONTH=9;BYDAY=MO;BYSETPOS=1;COUNT=3",
                firstMondayOfSeptember);
        assertThat(RecurrenceRules.starts(yearly, firstMondayOfSeptember, 10)).containsExactly(firstMondayOfSeptember,
                LocalDateTime.of(2027, 9, 6, 9, 0), LocalDateTime.of(2028, 9, 4, 9, 0));

        LocalDateTime fifteenth = LocalDateTime.of(2026, 11, 15, 13, 0);
        String quarterly = RecurrenceRules.normalise("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=3", fifteenth);
        assertThat(RecurrenceRules.starts(quarterly, fifteenth, 10)).containsExactly(fifteenth,
                LocalDateTime.of(2027, 2, 15, 13, 0), LocalDateTime.of(2027, 5, 15, 13, 0));

        String everyOtherYear = RecurrenceRules.normalise("FREQ=YEARLY;INTERVAL=2;UNTIL=20310101", fifteenth);
        assertThat(RecurrenceRules.starts(everyOtherYear, fifteenth, 10)).containsExactly(fifteenth,
                LocalDateTime.of(2028, 11, 15, 13, 0), LocalDateTime.of(2030, 11, 15, 13, 0));
    }

    @Test
    void keepsARuleWithoutAnEndAndHoldsItsMeetingsUpToAYearFromToday() {
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY")).isEqualTo("FREQ=WEEKLY");
        assertThat(RecurrenceRules.normalise("FREQ=MONTHLY;BYDAY=1MO")).isEqualTo("FREQ=MONTHLY;BYDAY=1MO");
        LocalDateTime twoYearsAgo = LocalDate.now(Zones.COPENHAGEN).minusYears(2).atTime(14, 0);
        assertThat(RecurrenceRules.normalise("FREQ=DAILY", twoYearsAgo)).as("no limit of 200 meetings without end")
                .isEqualTo("FREQ=DAILY");

        List<LocalDateTime> starts = RecurrenceRules.starts("FREQ=WEEKLY", twoYearsAgo, 200);

        LocalDateTime horizon = LocalDate.now(Zones.COPENHAGEN).plusYears(1).atStartOfDay();
        List<LocalDateTime> expected = Stream.iterate(twoYearsAgo, t -> t.isBefore(horizon), t -> t.plusWeeks(1))
                .toList();
        assertThat(starts).hasSizeGreaterThan(150).isEqualTo(expected);
    }

    @Test
    void refusesMoreThanTwoHundredMeetings() {
        Problem problem = refusal("FREQ=WEEKLY;COUNT=500");

        assertThat(problem.key()).isEqualTo("meeting.error.rrule.tooMany");
        assertThat(problem.arguments()).containsExactly(200);
    }

    @Test
    void refusesAnUntilThatGivesMoreThanTwoHundredMeetingsFromTheStart() {
        Problem problem = catchThrowableOfType(InvalidInputException.class,
                () -> RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20351231", THURSDAY_AT_TWO)).problems().get(0);

        assertThat(problem.key()).isEqualTo("meeting.error.rrule.tooMany");
        assertThat(RecurrenceRules.normalise("FREQ=WEEKLY;INTERVAL=2;UNTIL=20330630", THURSDAY_AT_TWO))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20330630T215959Z;INTERVAL=2");
    }

    @Test
    void refusesAnUntilBeforeTheStart() {
        Problem problem = catchThrowableOfType(InvalidInputException.class,
                () -> RecurrenceRules.normalise("FREQ=WEEKLY;UNTIL=20260901", THURSDAY_AT_TWO)).problems().get(0);

        assertThat(problem.key()).isEqualTo("meeting.error.rrule.noOccurrences");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hver anden torsdag", "FREQ=WEEKLY;COUNT=x", "FREQ=WEEKLY;UNTIL=2026",
        "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;COUNT=3;UNTIL=20261105", "FREQ=BIWEEKLY;COUNT=3"})
    void refusesGarbageAsUnreadableAndNamesIt(String rrule) {
        Problem problem = refusal(rrule);

        assertThat(problem.key()).isEqualTo("meeting.error.rrule.unreadable");
        assertThat(problem.arguments()).containsExactly(rrule);
    }
}
