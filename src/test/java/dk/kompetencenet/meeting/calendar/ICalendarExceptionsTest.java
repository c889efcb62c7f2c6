package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.meeting.calendar.Meetings.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * What a series' exceptions become on import (cancelled dates, moved occurrences), and files that must be refused
 * with a message rather than imported wrong or answered with parser text.
 */
class ICalendarExceptionsTest {

    private static byte[] calendar(String components) {
        return ("BEGIN:VCALENDAR\nPRODID:-//Test//EN\nVERSION:2.0\n" + components + "END:VCALENDAR\n")
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Problem> problems(byte[] ics) {
        return catchThrowableOfType(InvalidInputException.class, () -> ICalendarReader.read(ics)).problems();
    }

    private static final String SERIES = """
            BEGIN:VEVENT
            UID:series-1@test
            DTSTAMP:20260901T080000Z
            SUMMARY:Netværksmøde
            DTSTART;TZID=Europe/Copenhagen:20261001T140000
            DTEND;TZID=Europe/Copenhagen:20261001T160000
            RRULE:FREQ=WEEKLY;COUNT=6
            EXDATE;TZID=Europe/Copenhagen:20261008T140000,20261015T140000
            EXDATE:20261029T130000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:series-1@test
            DTSTAMP:20260901T080000Z
            RECURRENCE-ID;TZID=Europe/Copenhagen:20261022T140000
            SUMMARY:Netværksmøde (flyttet)
            DTSTART;TZID=Europe/Copenhagen:20261023T100000
            DTEND;TZID=Europe/Copenhagen:20261023T120000
            END:VEVENT
            BEGIN:VEVENT
            UID:series-1@test
            DTSTAMP:20260901T080000Z
            RECURRENCE-ID:20261105T130000Z
            STATUS:CANCELLED
            DTSTART:20261105T130000Z
            DTEND:20261105T150000Z
            END:VEVENT
            """;

    @Test
    void cancelledDatesAndMovedOccurrencesOfASeriesAreKept() {
        ImportedEvent series = ICalendarReader.read(calendar(SERIES)).get(0);

        assertThat(series.rrule()).isEqualTo("FREQ=WEEKLY;COUNT=6");
        assertThat(series.cancelled()).containsExactly(at(2026, 10, 8, 14), at(2026, 10, 15, 14),
                at(2026, 10, 29, 14), at(2026, 11, 5, 14));
        assertThat(series.moved()).containsExactly(new MovedOccurrence(at(2026, 10, 22, 14),
                LocalDateTime.of(2026, 10, 23, 10, 0), LocalDateTime.of(2026, 10, 23, 12, 0)));
    }

    @Test
    void aSeriesWithMovedAndCancelledOccurrencesRoundTripsThroughExportAndImport() {
        CalendarEvent original = Meetings.fortnightly(List.of(at(2026, 12, 24, 14)), List.of(new MovedOccurrence(
                at(2026, 10, 29, 14), at(2026, 10, 30, 10), at(2026, 10, 30, 12))));

        ImportedEvent back = ICalendarReader.read(ICalendarWriter.write(List.of(original), Method.PUBLISH, null)
                .getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(back.cancelled()).isEqualTo(original.cancelledOccurrences());
        assertThat(back.moved()).isEqualTo(original.movedOccurrences());
        assertThat(back.start()).isEqualTo(original.start());
    }

    @Test
    void anExceptionOnADateTheRuleDoesNotGiveIsRefusedAtItsLine() {
        assertThat(problems(calendar("""
                BEGIN:VEVENT
                UID:s@test
                DTSTAMP:20260901T080000Z
                SUMMARY:Møde
                DTSTART;TZID=Europe/Copenhagen:20261001T140000
                DTEND;TZID=Europe/Copenhagen:20261001T150000
                RRULE:FREQ=WEEKLY;COUNT=3
                EXDATE;TZID=Europe/Copenhagen:20261002T140000
                END:VEVENT
                """))).containsExactly(Problem.atLine(4, "ics.error.notAnOccurrence", "02-10-2026 14:00"));
    }

    @Test
    void aLoneOccurrenceIsRefusedRatherThanDropped() {
        assertThat(problems(calendar("""
                BEGIN:VEVENT
                UID:lone@test
                DTSTAMP:20260901T080000Z
                RECURRENCE-ID:20261001T120000Z
                SUMMARY:Flyttet
                DTSTART:20261002T120000Z
                DTEND:20261002T130000Z
                END:VEVENT
                """))).containsExactly(Problem.atLine(4, "ics.error.occurrenceWithoutSeries"));
    }

    private static final String EXTRA_DATES = """
            BEGIN:VEVENT
            UID:extra@test
            DTSTAMP:20260901T080000Z
            SUMMARY:Netværksmøde
            DTSTART;TZID=Europe/Copenhagen:20261001T140000
            DTEND;TZID=Europe/Copenhagen:20261001T150000
            RRULE:FREQ=WEEKLY;COUNT=3
            RDATE;TZID=Europe/Copenhagen:20261003T100000,20261008T140000
            RDATE;VALUE=PERIOD:20261020T080000Z/20261020T113000Z
            EXDATE;TZID=Europe/Copenhagen:20261015T140000
            END:VEVENT
            BEGIN:VEVENT
            UID:extra@test
            DTSTAMP:20260901T080000Z
            RECURRENCE-ID;TZID=Europe/Copenhagen:20261003T100000
            SUMMARY:Netværksmøde (lørdag)
            DTSTART;TZID=Europe/Copenhagen:20261003T110000
            DTEND;TZID=Europe/Copenhagen:20261003T120000
            END:VEVENT
            """;

    private static List<String> held(ImportedEvent e) {
        return Occurrences.all(e.toCalendarEvent()).stream().map(o -> o.start() + "/" + o.end()).toList();
    }

    @Test
    void extraDatesAreMeetingsOfTheSeriesThatCanBeMovedCancelledAndGivenAsPeriods() {
        ImportedEvent series = ICalendarReader.read(calendar(EXTRA_DATES)).get(0);

        assertThat(series.extra()).as("8 October is a start the rule gives, so it counts once")
                .containsExactly(at(2026, 10, 3, 10), LocalDateTime.of(2026, 10, 20, 10, 0));
        assertThat(held(series)).containsExactly(
                "2026-10-01T14:00/2026-10-01T15:00",
                "2026-10-03T11:00/2026-10-03T12:00",
                "2026-10-08T14:00/2026-10-08T15:00",
                "2026-10-20T10:00/2026-10-20T13:30");
    }

    @Test
    void aSeriesWithExtraDatesRoundTripsThroughExportAndImport() {
        ImportedEvent series = ICalendarReader.read(calendar(EXTRA_DATES)).get(0);
        String exported = ICalendarWriter.write(List.of(series.toCalendarEvent()), Method.PUBLISH, null);

        ImportedEvent back = ICalendarReader.read(exported.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(exported).contains("RDATE;TZID=Europe/Copenhagen:20261003T100000");
        assertThat(held(back)).isEqualTo(held(series));
        assertThat(back.extra()).isEqualTo(series.extra());
    }

    @Test
    void anExtraDateWithoutATimeOfDayIsRefusedAsAnAllDayEvent() {
        assertThat(problems(calendar("""
                BEGIN:VEVENT
                UID:allday-extra@test
                SUMMARY:Møde
                DTSTART:20261001T120000Z
                DTEND:20261001T130000Z
                RDATE;VALUE=DATE:20261005
                END:VEVENT
                """))).containsExactly(Problem.atLine(4, "ics.skip.allDay"));
    }

    @Test
    void impossibleDatesAndUnknownTimeZonesAreRefusedWithTheLineAndNoParserText() {
        assertThat(problems(calendar("BEGIN:VEVENT\nUID:a@test\nDTSTAMP:20260901T080000Z\nSUMMARY:Møde\n"
                + "DTSTART:20270230T100000Z\nEND:VEVENT\n")))
                .containsExactly(Problem.atLine(8, "ics.error.badDate", "DTSTART:20270230T100000Z"));
        assertThat(problems(calendar("BEGIN:VEVENT\nUID:b@test\nDTSTAMP:20260901T080000Z\nSUMMARY:Møde\n"
                + "DTSTART:20271301T100000Z\nEND:VEVENT\n")))
                .containsExactly(Problem.atLine(8, "ics.error.badDate", "DTSTART:20271301T100000Z"));
        assertThat(problems(calendar("BEGIN:VEVENT\nUID:c@test\nDTSTAMP:20260901T080000Z\nSUMMARY:Møde\n"
                + "DTSTART;TZID=Mars/Olympus_Mons:20270203T100000\nEND:VEVENT\n")))
                .containsExactly(Problem.atLine(8, "ics.error.unknownTimeZone", "Mars/Olympus_Mons"));
    }
}
