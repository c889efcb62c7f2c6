package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.meeting.calendar.Meetings.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;

class ICalendarReaderTest {

    private static final String ROMANCE_STANDARD_TIME = """
            BEGIN:VTIMEZONE
            TZID:Romance Standard Time
            BEGIN:STANDARD
            DTSTART:16011028T030000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010325T020000
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            END:DAYLIGHT
            END:VTIMEZONE
            """;

    /** A calendar around the given components, with CRLF line endings as the standard wants. */
    private static byte[] calendar(String components) {
        return ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
                + "METHOD:PUBLISH\n" + components + "END:VCALENDAR\n").replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A VEVENT with the summary (none if empty) and the lines given. */
    private static String event(String summary, String... lines) {
        return "BEGIN:VEVENT\nUID:" + summary.hashCode() + "@test\nDTSTAMP:20260901T080000Z\n"
                + (summary.isEmpty() ? "" : "SUMMARY:" + summary + "\n")
                + Arrays.stream(lines).map(line -> line + "\n").collect(Collectors.joining()) + "END:VEVENT\n";
    }

    private static List<Problem> problems(byte[] ics) {
        return catchThrowableOfType(InvalidInputException.class, () -> ICalendarReader.read(ics)).problems();
    }

    @Test
    void readsAnOutlookFileInRomanceStandardTimeIntoLocalTimeOnBothSidesOfTheEndOfSummerTime() {
        List<ImportedEvent> events = ICalendarReader.read(calendar(ROMANCE_STANDARD_TIME + """
                BEGIN:VEVENT
                CLASS:PUBLIC
                DESCRIPTION:Dagsorden følger.\\n
                DTEND;TZID="Romance Standard Time":20261022T160000
                DTSTAMP:20260901T080000Z
                DTSTART;TZID="Romance Standard Time":20261022T140000
                LOCATION:Rådhuset\\, mødelokale 3
                PRIORITY:5
                SEQUENCE:0
                SUMMARY;LANGUAGE=da:Netværksmøde
                TRANSP:OPAQUE
                UID:040000008200E00074C5B7101A82E0080000000010B5E5A0A8E3DC01000000000000000010000000
                X-MICROSOFT-CDO-BUSYSTATUS:BUSY
                BEGIN:VALARM
                TRIGGER:-PT15M
                ACTION:DISPLAY
                DESCRIPTION:Reminder
                END:VALARM
                END:VEVENT
                BEGIN:VEVENT
                DTSTAMP:20260901T080000Z
                DTSTART;TZID="Romance Standard Time":20261029T140000
                DTEND;TZID="Romance Standard Time":20261029T153000
                RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=6
                SUMMARY:Ledermøde
                UID:ledermoede@outlook
                END:VEVENT
                BEGIN:VEVENT
                DTSTAMP:20260901T080000Z
                RECURRENCE-ID;TZID="Romance Standard Time":20261110T140000
                DTSTART;TZID="Romance Standard Time":20261111T140000
                DTEND;TZID="Romance Standard Time":20261111T153000
                SUMMARY:Ledermøde (flyttet)
                UID:ledermoede@outlook
                END:VEVENT
                """));

        assertThat(events).containsExactly(
                new ImportedEvent("040000008200E00074C5B7101A82E0080000000010B5E5A0A8E3DC01000000000000000010000000",
                        "Netværksmøde", "Dagsorden følger.", "Rådhuset, mødelokale 3", at(2026, 10, 22, 14),
                        at(2026, 10, 22, 16), null),
                new ImportedEvent("ledermoede@outlook", "Ledermøde", null, null, at(2026, 10, 29, 14),
                        LocalDateTime.of(2026, 10, 29, 15, 30), "FREQ=MONTHLY;COUNT=6;BYDAY=2TU", List.of(),
                        List.of(new MovedOccurrence(at(2026, 11, 10, 14), at(2026, 11, 11, 14),
                                LocalDateTime.of(2026, 11, 11, 15, 30)))));
    }

    @Test
    void convertsUtcFloatingAndOtherZonesToCopenhagenTime() {
        List<ImportedEvent> events = ICalendarReader.read(calendar(
                event("Sommertid i UTC", "DTSTART:20261022T120000Z", "DTEND:20261022T140000Z")
                        + event("Vintertid i UTC", "DTSTART:20261029T130000Z", "DTEND:20261029T150000Z")
                        + event("Flydende", "DTSTART:20261029T140000", "DTEND:20261029T160000")
                        + event("New York", "DTSTART;TZID=America/New_York:20261029T090000",
                        "DTEND;TZID=America/New_York:20261029T110000")));

        assertThat(events).extracting(ImportedEvent::start).containsOnly(at(2026, 10, 22, 14), at(2026, 10, 29, 14))
                .hasSize(4);
        assertThat(events).extracting(ImportedEvent::end).containsOnly(at(2026, 10, 22, 16), at(2026, 10, 29, 16));
    }

    @Test
    void fillsInAMissingEndAndSkipsAllDayEventsAtTheirLine() {
        ImportResult result = ICalendarReader.results(calendar(
                event("Temadag", "DTSTART;VALUE=DATE:20261103")
                        + event("Kursus", "DTSTART;VALUE=DATE:20261103", "DTEND;VALUE=DATE:20261105")
                        + event("Halvanden time", "DTSTART:20261103T080000Z", "DURATION:PT1H30M")
                        + event("Uden slut", "DTSTART:20261103T080000Z")));

        assertThat(result.events()).extracting(ImportedEvent::end).containsExactly(
                LocalDateTime.of(2026, 11, 3, 10, 30), at(2026, 11, 3, 10));
        assertThat(result.skipped()).extracting(ImportResult.SkippedEvent::summary).containsExactly("Temadag", "Kursus");
        assertThat(result.skipped()).flatExtracting(ImportResult.SkippedEvent::reasons)
                .containsExactly(Problem.atLine(5, "ics.skip.allDay"), Problem.atLine(11, "ics.skip.allDay"));
    }

    @Test
    void readsWindowsTimeZoneNamesThatTheFileDoesNotDescribe() {
        List<ImportedEvent> events = ICalendarReader.read(calendar(
                event("Berlin", "DTSTART;TZID=W. Europe Standard Time:20261022T140000",
                        "DTEND;TZID=\"W. Europe Standard Time\":20261022T160000")
                        + event("London", "DTSTART;TZID=GMT Standard Time:20261029T130000",
                        "DTEND;TZID=GMT Standard Time:20261029T150000")));

        assertThat(events).extracting(ImportedEvent::start).containsExactly(at(2026, 10, 22, 14), at(2026, 10, 29, 14));
        assertThat(events).extracting(ImportedEvent::end).containsExactly(at(2026, 10, 22, 16), at(2026, 10, 29, 16));
    }

    @Test
    void keepsASeriesWithoutEndSoAndHoldsItsMeetingsUpToAYearFromToday() {
        ImportedEvent series = ICalendarReader.read(calendar(event("Ugemøde",
                "DTSTART;TZID=Europe/Copenhagen:20261005T090000", "DTEND;TZID=Europe/Copenhagen:20261005T100000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO"))).get(0);

        assertThat(series.openEnded()).isTrue();
        assertThat(series.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        LocalDateTime today = LocalDate.now(Zones.COPENHAGEN).atStartOfDay();
        LocalDateTime horizon = (series.start().isAfter(today) ? series.start() : today).plusYears(1);
        assertThat(RecurrenceRules.starts(series.rrule(), series.start(), 200))
                .isEqualTo(Stream.iterate(at(2026, 10, 5, 9), t -> t.isBefore(horizon), t -> t.plusWeeks(1)).toList());
    }

    @Test
    void aSeriesWithoutEndThatRepeatsOtherwiseThanAMeetingMayIsSkippedAtItsLine() {
        ImportResult result = ICalendarReader.results(calendar(
                event("Hver 20. uge", "DTSTART:20261103T080000Z", "RRULE:FREQ=WEEKLY;INTERVAL=20")
                        + event("Hver time", "DTSTART:20261103T080000Z", "RRULE:FREQ=HOURLY")
                        + event("Godt", "DTSTART:20261103T080000Z")));

        assertThat(result.events()).extracting(ImportedEvent::summary).containsExactly("Godt");
        assertThat(result.skipped()).flatExtracting(ImportResult.SkippedEvent::reasons).containsExactly(
                Problem.atLine(5, "meeting.error.rrule.frequency"), Problem.atLine(12, "meeting.error.rrule.frequency"));
    }

    @Test
    void readsTheAttendeesAddressesAndLeavesAlarmsAlone() {
        ImportedEvent event = ICalendarReader.read(calendar(event("Med deltagere",
                "DTSTART:20261103T080000Z", "ORGANIZER;CN=Anne:mailto:anne@kommune.dk",
                "ATTENDEE;CN=Bo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:Bo.Aebelo@Skole.dk",
                "ATTENDEE;CUTYPE=RESOURCE:urn:uuid:lokale-3", "ATTENDEE:MAILTO:carla@dagtilbud.dk",
                "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"))).get(0);

        assertThat(event.attendees()).containsExactly("bo.aebelo@skole.dk", "carla@dagtilbud.dk");
    }

    @Test
    void normalisesTheRuleOfASeries() {
        List<ImportedEvent> events = ICalendarReader.read(calendar(event("Netværk",
                "DTSTART;TZID=Europe/Copenhagen:20261001T140000", "DTEND;TZID=Europe/Copenhagen:20261001T160000",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231")));

        assertThat(events).singleElement().extracting(ImportedEvent::rrule)
                .isEqualTo("FREQ=WEEKLY;UNTIL=20261231T225959Z;INTERVAL=2");
    }

    @Test
    void readsBackWhatTheWriterWrites() {
        CalendarEvent series = Meetings.fortnightly();

        List<ImportedEvent> events = ICalendarReader.read(ICalendarWriter.write(List.of(series), Method.PUBLISH, null)
                .getBytes(StandardCharsets.UTF_8));

        assertThat(events).containsExactly(new ImportedEvent(series.uid(), series.summary(), series.description(),
                series.location(), series.start(), series.end(), "FREQ=WEEKLY;COUNT=10;INTERVAL=2"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = new String(calendar(event("Møde", "DTSTART:20261103T080000Z")), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1252"));

        assertThat(problems(latin1)).containsExactly(Problem.atLine(1, "ics.error.notUtf8"));
    }

    @Test
    void refusesGarbageNamingTheLineInItsOwnWordsNotTheParsers() {
        assertThat(problems("Dette er ikke en kalender\r\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Problem.atLine(1, "ics.error.unreadable", "Dette er ikke en kalender"));
        assertThat(problems(calendar(event("Møde", "DTSTART:2026-11-03"))))
                .containsExactly(Problem.atLine(9, "ics.error.badDate", "DTSTART:2026-11-03"));
        assertThat(problems(calendar(event("Møde", "DTSTART:20261103T080000Z", "GEO:nowhere"))))
                .containsExactly(Problem.atLine(10, "ics.error.unreadable", "GEO:nowhere"));
    }

    @Test
    void refusesACalendarWithoutMeetings() {
        byte[] todo = calendar("BEGIN:VTODO\nUID:x@test\nDTSTAMP:20260901T080000Z\nSUMMARY:Husk\nEND:VTODO\n");

        assertThat(problems(todo)).containsExactly(Problem.atLine(1, "ics.error.noEvents"));
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStartsAtTheLineWhereItBegins() {
        byte[] ics = calendar(event("Baglæns", "DTSTART:20261103T100000Z", "DTEND:20261103T090000Z"));

        assertThat(problems(ics)).containsExactly(Problem.atLine(5, "ics.error.endBeforeStart"));
    }

    @Test
    void refusesTheWholeFileWhenOneMeetingOfSeveralIsBad() {
        byte[] ics = calendar(event("God", "DTSTART:20261103T080000Z")
                + event("", "DTSTART:20261104T080000Z")
                + event("Uden start")
                + event("Hver time", "DTSTART:20261105T080000Z", "RRULE:FREQ=HOURLY;COUNT=5"));

        assertThat(problems(ics)).containsExactly(Problem.atLine(11, "ics.error.missingSummary"),
                Problem.atLine(16, "ics.error.missingStart"),
                Problem.atLine(21, "meeting.error.rrule.frequency"));
    }

    @Test
    void refusesMoreThanFiveHundredMeetings() {
        String events = IntStream.rangeClosed(1, 501).mapToObj(i -> event("Møde " + i, "DTSTART:20261103T080000Z"))
                .collect(Collectors.joining());

        assertThat(problems(calendar(events))).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("ics.error.tooManyEvents");
            assertThat(problem.arguments()).containsExactly(500);
        });
    }
}
