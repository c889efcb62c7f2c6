package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.meeting.calendar.Meetings.at;
import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static Instant utc(LocalDateTime local) {
        return local.atZone(COPENHAGEN).toInstant();
    }

    @Test
    void fortnightlySeriesKeepsItsLocalTimeAcrossTheEndOfSummerTime() {
        List<Occurrence> occurrences = Occurrences.all(Meetings.fortnightly());

        assertThat(occurrences).hasSize(10);
        assertThat(occurrences).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(14, 0));
        assertThat(occurrences).extracting(o -> o.end().toLocalTime()).containsOnly(LocalTime.of(16, 0));
        assertThat(occurrences).extracting(Occurrence::start).startsWith(at(2026, 10, 1, 14), at(2026, 10, 15, 14),
                at(2026, 10, 29, 14)).endsWith(at(2027, 2, 4, 14));
        // Summer time ends on Sunday 25 October 2026: 14:00 is 12:00 UTC before, 13:00 UTC after.
        assertThat(occurrences).extracting(o -> utc(o.start()).atZone(ZoneOffset.UTC).getHour())
                .containsExactly(12, 12, 13, 13, 13, 13, 13, 13, 13, 13);
    }

    @Test
    void weeklySeriesKeepsItsLocalTimeAcrossTheStartOfSummerTime() {
        CalendarEvent event = new CalendarEvent("m@k", 0, "Netværk", null, null, at(2027, 3, 18, 14),
                at(2027, 3, 18, 16), "FREQ=WEEKLY;COUNT=3", null, null, false, null, null, null);

        List<Occurrence> occurrences = Occurrences.all(event);

        // Summer time starts on Sunday 28 March 2027.
        assertThat(occurrences).extracting(Occurrence::start)
                .containsExactly(at(2027, 3, 18, 14), at(2027, 3, 25, 14), at(2027, 4, 1, 14));
        assertThat(occurrences).extracting(o -> utc(o.start())).containsExactly(Instant.parse("2027-03-18T13:00:00Z"),
                Instant.parse("2027-03-25T13:00:00Z"), Instant.parse("2027-04-01T12:00:00Z"));
    }

    @Test
    void leavesOutACancelledOccurrenceAndShowsAMovedOneAtItsNewTime() {
        MovedOccurrence moved = new MovedOccurrence(at(2026, 10, 29, 14), at(2026, 10, 30, 10), at(2026, 10, 30, 11));
        CalendarEvent event = Meetings.fortnightly(List.of(at(2026, 12, 24, 14)), List.of(moved));

        List<Occurrence> occurrences = Occurrences.all(event);

        assertThat(occurrences).hasSize(9);
        assertThat(occurrences).extracting(Occurrence::originalStart).doesNotContain(at(2026, 12, 24, 14));
        assertThat(occurrences.get(2)).isEqualTo(new Occurrence(at(2026, 10, 29, 14), at(2026, 10, 30, 10),
                at(2026, 10, 30, 11), true));
        assertThat(occurrences).filteredOn(Occurrence::moved).hasSize(1);
    }

    @Test
    void betweenGivesTheOccurrencesOverlappingThePeriodAndCountsAMovedOneWhereItIsHeldNow() {
        MovedOccurrence moved = new MovedOccurrence(at(2026, 10, 15, 14), at(2026, 11, 2, 9), at(2026, 11, 2, 12));
        CalendarEvent event = Meetings.fortnightly(List.of(), List.of(moved));

        assertThat(Occurrences.between(event, at(2026, 10, 12, 0), at(2026, 10, 19, 0))).isEmpty();
        assertThat(Occurrences.between(event, at(2026, 11, 2, 0), at(2026, 11, 9, 0)))
                .extracting(Occurrence::start).containsExactly(at(2026, 11, 2, 9));
        assertThat(Occurrences.between(event, at(2026, 10, 1, 15), at(2026, 11, 2, 9)))
                .extracting(Occurrence::start).containsExactly(at(2026, 10, 1, 14), at(2026, 10, 29, 14));
        assertThat(Occurrences.between(event, at(2026, 10, 1, 16), at(2026, 10, 29, 14))).isEmpty();
    }

    @Test
    void aSingleMeetingYieldsItselfWhenItOverlaps() {
        CalendarEvent event = Meetings.single(at(2026, 11, 3, 9), at(2026, 11, 3, 12));

        assertThat(Occurrences.between(event, at(2026, 11, 2, 0), at(2026, 11, 9, 0)))
                .containsExactly(new Occurrence(at(2026, 11, 3, 9), at(2026, 11, 3, 9), at(2026, 11, 3, 12), false));
        assertThat(Occurrences.between(event, at(2026, 11, 3, 12), at(2026, 11, 9, 0))).isEmpty();
    }

    @Test
    void aCancelledMeetingOrSeriesHasNoOccurrences() {
        CalendarEvent series = Meetings.fortnightly();
        CalendarEvent cancelled = new CalendarEvent(series.uid(), series.sequence() + 1, series.summary(),
                series.description(), series.location(), series.start(), series.end(), series.rrule(), null, null,
                true, series.organizer(), series.attendees(), series.lastModified());

        assertThat(Occurrences.all(cancelled)).isEmpty();
        assertThat(Occurrences.between(cancelled, at(2026, 1, 1, 0), at(2028, 1, 1, 0))).isEmpty();
    }

    @Test
    void aMonthlySeriesOnTheLastFridayFollowsTheCalendar() {
        CalendarEvent event = new CalendarEvent("m@k", 0, "Ledermøde", null, null, at(2026, 10, 30, 9),
                at(2026, 10, 30, 11), "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", null, null, false, null, null, null);

        assertThat(Occurrences.all(event)).extracting(Occurrence::start).containsExactly(at(2026, 10, 30, 9),
                at(2026, 11, 27, 9), at(2026, 12, 25, 9), at(2027, 1, 29, 9));
    }
}
