package dk.kompetencenet.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.i18n.Zones;

/**
 * A series written in another time zone keeps each meeting's absolute instant, also in the weeks where that zone's
 * summer time differs from Denmark's. The expected times are java.time's conversion of each meeting, not iCal4j's.
 */
class ForeignZoneSeriesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Mondays 1 March to 5 April 2027: America moves its clocks on 14 March, Europe on 28 March. */
    private static final List<LocalDate> MONDAYS = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8),
            LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 5));

    private static byte[] calendar(String components) {
        return ("BEGIN:VCALENDAR\nPRODID:-//Test//EN\nVERSION:2.0\n" + components + "END:VCALENDAR\n")
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDateTime inCopenhagen(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).withZoneSameInstant(Zones.COPENHAGEN).toLocalDateTime();
    }

    private static List<LocalDateTime> held(ImportedEvent e) {
        return Occurrences.all(new CalendarEvent(e.uid(), 0, e.summary(), null, null, e.start(), e.end(), e.rrule(),
                e.cancelled(), e.moved(), false, null, List.of(), null)).stream().map(Occurrence::start).toList();
    }

    private static final String NEW_YORK_SERIES = """
            BEGIN:VEVENT
            UID:standup@example.com
            SUMMARY:Ugentligt møde med New York
            DTSTART;TZID=America/New_York:20270301T090000
            DTEND;TZID=America/New_York:20270301T100000
            RRULE:FREQ=WEEKLY;COUNT=6
            EXDATE;TZID=America/New_York:20270322T090000
            END:VEVENT
            """;

    @Test
    void aNewYorkSeriesIsHeldAtItsOwnInstantsAcrossBothSummerTimeChanges() {
        ImportedEvent series = ICalendarReader.read(calendar(NEW_YORK_SERIES)).get(0);

        List<LocalDateTime> expected = MONDAYS.stream().filter(d -> !d.equals(LocalDate.of(2027, 3, 22)))
                .map(d -> inCopenhagen(d, LocalTime.of(9, 0), NEW_YORK)).toList();
        assertThat(expected).extracting(LocalDateTime::getHour).containsExactly(15, 15, 14, 15, 15);
        assertThat(held(series)).isEqualTo(expected);
        assertThat(series.cancelled()).as("the EXDATE names 22 March by its New York time")
                .containsExactly(LocalDateTime.of(2027, 3, 22, 15, 0));
    }

    @Test
    void aSeriesInUtcStaysAtItsUtcTimeAndSoMovesAnHourInDanishSummerTime() {
        ImportedEvent series = ICalendarReader.read(calendar("""
                BEGIN:VEVENT
                UID:utc@example.com
                SUMMARY:Møde i UTC
                DTSTART:20270301T080000Z
                DTEND:20270301T090000Z
                RRULE:FREQ=WEEKLY;COUNT=6
                END:VEVENT
                """)).get(0);

        assertThat(held(series)).isEqualTo(MONDAYS.stream()
                .map(d -> inCopenhagen(d, LocalTime.of(8, 0), ZoneOffset.UTC)).toList());
        assertThat(held(series)).extracting(LocalDateTime::getHour).containsExactly(9, 9, 9, 9, 10, 10);
    }

    @Test
    void theImportedSeriesRoundTripsThroughExportAndImportWithTheSameInstants() {
        ImportedEvent series = ICalendarReader.read(calendar(NEW_YORK_SERIES)).get(0);
        CalendarEvent event = new CalendarEvent(series.uid(), 0, series.summary(), null, null, series.start(),
                series.end(), series.rrule(), series.cancelled(), series.moved(), false, null, List.of(), null);

        ImportedEvent back = ICalendarReader.read(ICalendarWriter.write(List.of(event), Method.PUBLISH, null)
                .getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(held(back)).isEqualTo(held(series));
        assertThat(back.moved()).isEqualTo(series.moved());
    }

    @Test
    void aSeriesInABerlinOrCopenhagenZoneHasNoMovedMeetings() {
        ImportedEvent series = ICalendarReader.read(calendar("""
                BEGIN:VEVENT
                UID:berlin@example.com
                SUMMARY:Møde i Berlin
                DTSTART;TZID=Europe/Berlin:20270301T090000
                DTEND;TZID=Europe/Berlin:20270301T100000
                RRULE:FREQ=WEEKLY;COUNT=6
                END:VEVENT
                """)).get(0);

        assertThat(series.moved()).isEmpty();
        assertThat(held(series)).extracting(LocalDateTime::getHour).containsOnly(9);
    }
}
