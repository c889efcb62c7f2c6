package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.meeting.calendar.Meetings.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FoldingTest {

    private static final String DANISH = "Temamøde: Børnehavens første år med tablets, læring gennem leg og "
            + "forældresamarbejde på Ærø og i Østerå, også når ældre søskende går på skolen ved åen";

    @Test
    void aCalendarWithDanishTextHasNoLineOver75OctetsAndNoCharacterCutInTwo() throws Exception {
        CalendarEvent event = new CalendarEvent("meeting-9@kompetencenet", 1, DANISH, DANISH + " 🎓 " + DANISH,
                "Rådhuset, mødelokale 3", at(2027, 2, 4, 9), at(2027, 2, 4, 11), null, null, null, false,
                Meetings.ORGANIZER, Meetings.ATTENDEES, null);

        for (Method method : Method.values()) {
            String ics = method == Method.CANCEL ? ICalendarWriter.writeCancellation(event, null)
                    : ICalendarWriter.write(List.of(event), method, "Netværk for små børns digitale dannelse");
            byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
            for (String line : ics.split("\r\n")) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertThat(octets.length).as("octets of %s", line).isLessThanOrEqualTo(75);
                assertThat(strictUtf8(octets)).isEqualTo(line);
            }
            assertThat(bytes.length).isGreaterThan(0);
            assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + DANISH.replace(",", "\\,") + "\r\n");
        }
    }

    @Test
    void refoldingJoinsContinuationLinesAndFoldsEachCharacterWhole() {
        String line = "DESCRIPTION:" + "ø".repeat(40) + "🎓".repeat(20);
        String folded = Folding.refold("BEGIN:VEVENT\r\n" + line.substring(0, 70) + "\r\n " + line.substring(70)
                + "\r\nEND:VEVENT\r\n");

        List<String> lines = Arrays.asList(folded.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VEVENT");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VEVENT");
        assertThat(lines.subList(2, lines.size() - 1)).allMatch(l -> l.startsWith(" "));
        assertThat(lines).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");
        assertThat(folded).doesNotContain("\uFFFD");
        assertThat(lines.get(1).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
    }

    private static String strictUtf8(byte[] octets) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
    }
}
