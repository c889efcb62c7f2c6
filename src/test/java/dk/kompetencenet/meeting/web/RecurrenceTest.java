package dk.kompetencenet.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.meeting.calendar.RecurrenceRules;

class RecurrenceTest {

    private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 10, 1, 14, 0);

    @Test
    void everyTwoWeeksTenTimesBecomesARuleAndReadsBackFromItsNormalisedForm() {
        Recurrence form = new Recurrence();
        form.setRepeat(Recurrence.Repeat.WEEKLY);
        form.setIntervalWeeks(2);
        form.setCount(10);

        String stored = RecurrenceRules.normalise(form.rrule(THURSDAY), THURSDAY);
        Recurrence read = Recurrence.of(stored);

        assertThat(read.getRepeat()).isEqualTo(Recurrence.Repeat.WEEKLY);
        assertThat(read.getIntervalWeeks()).isEqualTo(2);
        assertThat(read.getCount()).isEqualTo(10);
        assertThat(read.isEndsOnDate()).isFalse();
    }

    @Test
    void monthlyOnTheSameWeekdayUsesTheWeekOfTheMonthAndAFifthWeekdayMeansTheLast() {
        Recurrence form = new Recurrence();
        form.setRepeat(Recurrence.Repeat.MONTHLY_WEEKDAY);
        form.setEndsOnDate(true);
        form.setUntil(LocalDate.of(2027, 6, 30));

        assertThat(form.rrule(THURSDAY)).startsWith("FREQ=MONTHLY;BYDAY=1TH;UNTIL=20270630T215959Z");
        assertThat(Recurrence.weekdayOfMonth(LocalDate.of(2026, 10, 29))).isEqualTo("-1TH");
        Recurrence read = Recurrence.of(RecurrenceRules.normalise(form.rrule(THURSDAY), THURSDAY));
        assertThat(read.getRepeat()).isEqualTo(Recurrence.Repeat.MONTHLY_WEEKDAY);
        assertThat(read.getUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aSingleMeetingHasNoRuleAndAForeignRuleIsKeptAsText() {
        assertThat(new Recurrence().rrule(THURSDAY)).isNull();
        assertThat(Recurrence.of("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6").getRepeat()).isEqualTo(Recurrence.Repeat.CUSTOM);
        assertThat(Recurrence.of("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6").getCustom()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6");
    }
}
