package dk.kompetencenet.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * The corpus of calendar files real programs wrote ({@code src/test/resources/ics-corpus}, sources in its SOURCES.md):
 * each event is imported with the occurrences Mozilla's ical.js gives it (expected-icaljs.txt, Copenhagen local
 * times), or skipped for the reason named here where Kompetencenet decides otherwise, and every imported series
 * comes back unchanged through Kompetencenet's own export.
 */
class IcsCorpusTest {

    private static final String CORPUS = "/ics-corpus/";

    /** Events Kompetencenet does not import, as file + " | " + title, and the reason. */
    private static final Map<String, String> SKIPPED = Map.of(
            "rie-issue_28_rrule_with_UTC_endinginZ.ics | Refuse black bin", "ics.skip.allDay",
            "rie-issue_28_rrule_with_UTC_endinginZ.ics | Blue Recycle bin", "ics.skip.allDay",
            "rie-issue_44_double_event.ics | test2", "ics.skip.allDay",
            "rie-one_day_event_repeat_every_day.ics | test3", "ics.skip.allDay",
            "vobject-apple_allday_valarm.ics | Start Vorbereitung", "ics.skip.allDay");

    /**
     * Where ical.js is wrong, as file + " | " + title, and the right occurrences: ical.js takes a TZID without a
     * VTIMEZONE in the file (Europe/Berlin) as floating time, so the EXDATE at 12:00 UTC misses the 14:00 CEST
     * occurrence it cancels.
     */
    private static final Map<String, List<String>> CORRECTED = Map.of(
            "rie-issue_27_t1.ics | Reoccur", List.of("2020-04-26T14:00/2020-04-26T14:30",
                    "2020-04-28T14:00/2020-04-28T14:30"));

    /** One master VEVENT as ical.js expands it. */
    record Expected(String file, String summary, List<String> occurrences) {
    }

    static Stream<String> files() {
        return expected().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachEventIsImportedWithTheOccurrencesAnIndependentParserGivesOrSkippedWithItsReason(String file) {
        ImportResult result = ICalendarReader.results(bytes(file));
        List<Expected> events = expected().get(file);

        for (Expected event : events) {
            String reason = SKIPPED.get(file + " | " + event.summary());
            if (reason != null) {
                assertThat(result.skipped()).filteredOn(s -> event.summary().equals(s.summary()))
                        .singleElement().extracting(ImportResult.SkippedEvent::reasons)
                        .satisfies(r -> assertThat(r).extracting(Problem::key).contains(reason));
            } else {
                assertThat(result.events()).filteredOn(e -> e.summary().equals(event.summary())).singleElement()
                        .satisfies(e -> assertThat(firstYearIfOpenEnded(e)).as(file).isEqualTo(CORRECTED.getOrDefault(
                                file + " | " + event.summary(), event.occurrences())));
            }
        }
        assertThat(result.events().size() + result.skipped().size()).isEqualTo(events.size());
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachImportedSeriesRoundTripsThroughExportAndImportUnchanged(String file) {
        for (ImportedEvent event : ICalendarReader.results(bytes(file)).events()) {
            byte[] exported = ICalendarWriter.write(List.of(event.toCalendarEvent()), Method.PUBLISH, null)
                    .getBytes(StandardCharsets.UTF_8);

            ImportedEvent back = ICalendarReader.read(exported).get(0);

            assertThat(occurrences(back)).isEqualTo(occurrences(event));
            assertThat(back.cancelled()).isEqualTo(event.cancelled());
            assertThat(back.moved()).isEqualTo(event.moved());
        }
    }

    /**
     * The occurrences; of a series without end (kept so, and held up to a year from today), those of the year after
     * its first start, as far as the expected list was expanded.
     */
    private static List<String> firstYearIfOpenEnded(ImportedEvent event) {
        assertThat(event.openEnded()).isEqualTo(OpenEndedSeries.isOpenEnded(event.rrule()));
        return Occurrences.all(event.toCalendarEvent()).stream()
                .filter(o -> !event.openEnded() || o.originalStart().isBefore(event.start().plusYears(1)))
                .map(o -> o.start() + "/" + o.end()).sorted().toList();
    }

    private static List<String> occurrences(ImportedEvent event) {
        return Occurrences.all(event.toCalendarEvent()).stream()
                .map(o -> o.start() + "/" + o.end()).sorted().toList();
    }

    private static byte[] bytes(String file) {
        try (InputStream in = IcsCorpusTest.class.getResourceAsStream(CORPUS + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** expected-icaljs.txt: "# file" lines, then "title | timed or all-day | start/end start/end ...". */
    private static Map<String, List<Expected>> expected() {
        Map<String, List<Expected>> expected = new LinkedHashMap<>();
        String file = null;
        for (String line : new String(bytes("expected-icaljs.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("# ") && line.endsWith(".ics")) {
                file = line.substring(2);
                expected.put(file, new ArrayList<>());
            } else if (file != null && !line.isBlank()) {
                String[] parts = line.split(" \\| ", 3);
                expected.get(file).add(new Expected(file, parts[0], Arrays.asList(parts[2].strip().split(" "))));
            }
        }
        return expected;
    }
}
