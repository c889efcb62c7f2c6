package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.meeting.calendar.Meetings.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

class ICalendarWriterTest {

    private static final MovedOccurrence MOVED = new MovedOccurrence(at(2026, 10, 29, 14), at(2026, 10, 30, 10),
            at(2026, 10, 30, 12));
    private static final CalendarEvent SERIES = Meetings.fortnightly(List.of(at(2026, 12, 24, 14)), List.of(MOVED));

    /** Parsed back without any of iCal4j's relaxed options, and valid, iTIP rules for the METHOD included. */
    private static Calendar strictlyParsed(String ics) throws Exception {
        assertThat(List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION)).noneMatch(CompatibilityHints::isHintEnabled);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).isEmpty();
        return calendar;
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static List<VEvent> vevents(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    @Test
    void publishedSeriesIsStrictlyValidWithItsTimeZoneRuleAndExceptions() throws Exception {
        String ics = ICalendarWriter.write(List.of(SERIES), Method.PUBLISH, "Netværk for digitalisering");

        Calendar calendar = strictlyParsed(ics);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(unfolded(ics)).contains("PRODID:-//Kompetencenet//DA\r\n", "VERSION:2.0\r\n",
                "CALSCALE:GREGORIAN\r\n", "METHOD:PUBLISH\r\n", "X-WR-CALNAME:Netværk for digitalisering\r\n",
                "X-WR-TIMEZONE:Europe/Copenhagen\r\n",
                "UID:meeting-42@kompetencenet\r\n", "DTSTAMP:20260901T080000Z\r\n", "SEQUENCE:2\r\n",
                "DTSTART;TZID=Europe/Copenhagen:20261001T140000\r\n",
                "DTEND;TZID=Europe/Copenhagen:20261001T160000\r\n",
                "RRULE:FREQ=WEEKLY;COUNT=10;INTERVAL=2\r\n", "EXDATE;TZID=Europe/Copenhagen:20261224T140000\r\n",
                "RECURRENCE-ID;TZID=Europe/Copenhagen:20261029T140000\r\n",
                "DTSTART;TZID=Europe/Copenhagen:20261030T100000\r\n", "STATUS:CONFIRMED\r\n",
                "ORGANIZER;CN=\"Anne Ørsted\":mailto:anne.orsted@kommune.dk\r\n")
                .doesNotContain("ATTENDEE");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement().satisfies(zone -> {
            assertThat(zone.getProperty(Property.TZID)).get().extracting(Property::getValue)
                    .isEqualTo("Europe/Copenhagen");
            assertThat(zone.toString()).contains("BEGIN:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETTO:+0200",
                    "TZOFFSETTO:+0100");
        });
        assertThat(vevents(calendar)).hasSize(2).allSatisfy(vevent -> {
            assertThat(vevent.getProperty(Property.UID)).get().extracting(Property::getValue)
                    .isEqualTo("meeting-42@kompetencenet");
            assertThat(vevent.getProperty(Property.SEQUENCE)).get().extracting(Property::getValue).isEqualTo("2");
        });
    }

    @Test
    void keepsDanishLettersAndPunctuationInLongFoldedText() throws Exception {
        String ics = ICalendarWriter.write(List.of(SERIES), Method.PUBLISH, null);

        VEvent master = vevents(strictlyParsed(ics)).get(0);

        assertThat(ics).doesNotContain("X-WR-CALNAME").contains("\r\n ");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(master.getProperty(Property.DESCRIPTION)).get().extracting(Property::getValue)
                .isEqualTo(SERIES.description());
        assertThat(master.getProperty(Property.LOCATION)).get().extracting(Property::getValue)
                .isEqualTo("Rådhuset, mødelokale 3");
    }

    @Test
    void anUpdateCarriesTheAnswerEachAttendeeGaveAndNamesTheOrganiserMailbox() throws Exception {
        CalendarEvent answered = new CalendarEvent(SERIES.uid(), SERIES.sequence(), SERIES.summary(),
                SERIES.description(), SERIES.location(), SERIES.start(), SERIES.end(), SERIES.rrule(), null, null,
                false, Meetings.ORGANIZER.at("svar@kommune.dk"), List.of(
                        new Person("Bo Æbelø", "bo.aebelo@skole.dk", "ACCEPTED"),
                        new Person("Carla Jensen", "carla.jensen@dagtilbud.dk", "DECLINED"),
                        new Person("Dan Dam", "dan.dam@skole.dk")), SERIES.lastModified());

        String ics = unfolded(ICalendarWriter.write(List.of(answered), Method.REQUEST, null));

        strictlyParsed(ICalendarWriter.write(List.of(answered), Method.REQUEST, null));
        assertThat(ics).contains("ORGANIZER;CN=\"Anne Ørsted\":mailto:svar@kommune.dk\r\n",
                "PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:bo.aebelo@skole.dk\r\n",
                "PARTSTAT=DECLINED;RSVP=TRUE:mailto:carla.jensen@dagtilbud.dk\r\n",
                "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dan.dam@skole.dk\r\n");
    }

    @Test
    void invitationHasTheOrganizerAndAsksEveryAttendeeForAnAnswer() throws Exception {
        String ics = ICalendarWriter.write(List.of(SERIES), Method.REQUEST, null);

        Calendar calendar = strictlyParsed(ics);

        assertThat(unfolded(ics)).contains("METHOD:REQUEST\r\n",
                "ORGANIZER;CN=\"Anne Ørsted\":mailto:anne.orsted@kommune.dk\r\n",
                "ATTENDEE;CN=\"Bo Æbelø\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                        + "mailto:bo.aebelo@skole.dk\r\n",
                "ATTENDEE;CN=Carla Jensen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                        + "mailto:carla.jensen@dagtilbud.dk\r\n");
        assertThat(vevents(calendar)).allSatisfy(vevent -> assertThat(vevent.getProperties(Property.ATTENDEE))
                .hasSize(2));
    }

    @Test
    void aFeedOfSeveralMeetingsHasOneTimeZoneAndMarksACancelledMeeting() throws Exception {
        CalendarEvent single = Meetings.single(at(2026, 11, 3, 9), at(2026, 11, 3, 12));
        CalendarEvent cancelled = new CalendarEvent("meeting-8@kompetencenet", 1, "Aflyst temadag", null, null,
                at(2026, 11, 10, 9), at(2026, 11, 10, 15), null, null, null, true, Meetings.ORGANIZER, null, null);

        String ics = ICalendarWriter.write(List.of(SERIES, single, cancelled), Method.PUBLISH, "Møder");

        Calendar calendar = strictlyParsed(ics);
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(vevents(calendar)).extracting(vevent -> vevent.getProperty(Property.STATUS).orElseThrow().getValue())
                .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED");
    }

    @Test
    void cancellingTheWholeSeriesSendsCancelWithTheAttendees() throws Exception {
        String ics = ICalendarWriter.writeCancellation(SERIES, null);

        List<VEvent> vevents = vevents(strictlyParsed(ics));

        assertThat(unfolded(ics)).contains("METHOD:CANCEL\r\n", "STATUS:CANCELLED\r\n",
                "UID:meeting-42@kompetencenet\r\n", "SEQUENCE:2\r\n",
                "DTSTART;TZID=Europe/Copenhagen:20261001T140000\r\n", "ORGANIZER;")
                .doesNotContain("RECURRENCE-ID", "RSVP");
        assertThat(vevents).singleElement().satisfies(vevent -> assertThat(vevent.getProperties(Property.ATTENDEE))
                .hasSize(2));
    }

    @Test
    void cancellingOneOccurrenceNamesItByItsRecurrenceId() throws Exception {
        String ics = ICalendarWriter.writeCancellation(SERIES, at(2026, 11, 12, 14));

        strictlyParsed(ics);

        assertThat(unfolded(ics)).contains("METHOD:CANCEL\r\n", "STATUS:CANCELLED\r\n",
                "RECURRENCE-ID;TZID=Europe/Copenhagen:20261112T140000\r\n",
                "DTSTART;TZID=Europe/Copenhagen:20261112T140000\r\n", "ATTENDEE;").doesNotContain("RRULE:FREQ=WEEKLY");
    }

    @Test
    void cancellingAMovedOccurrenceGivesItsNewTime() throws Exception {
        String ics = ICalendarWriter.writeCancellation(SERIES, MOVED.originalStart());

        strictlyParsed(ics);

        assertThat(unfolded(ics)).contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261029T140000\r\n",
                "DTSTART;TZID=Europe/Copenhagen:20261030T100000\r\n");
    }
}
