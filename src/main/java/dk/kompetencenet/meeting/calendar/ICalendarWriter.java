package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes meetings as an RFC 5545 calendar for a feed or download (PUBLISH), an invitation (REQUEST) or a cancellation
 * (CANCEL). Times carry {@code TZID=Europe/Copenhagen} with its VTIMEZONE, so calendar programs keep a series at the
 * same local time across summer time.
 */
public final class ICalendarWriter {

    private static final String PRODUCT = "-//Kompetencenet//DA";
    private static final VTimeZone TIME_ZONE = copenhagenTimeZone();

    private ICalendarWriter() {
    }

    /**
     * The events as one calendar: per event a master VEVENT (with RRULE, RDATEs and EXDATEs for a series) and a VEVENT with a
     * RECURRENCE-ID for each moved occurrence. Attendees are written for REQUEST and CANCEL, never for PUBLISH.
     *
     * @param calendarName the name calendar programs show for a subscribed feed (X-WR-CALNAME), or null
     */
    public static String write(List<CalendarEvent> events, Method method, String calendarName) {
        List<VEvent> vevents = new ArrayList<>();
        for (CalendarEvent event : events) {
            vevents.add(master(event, method));
            for (MovedOccurrence moved : event.movedOccurrences()) {
                vevents.add(instance(event, method, Occurrences.held(event, moved.originalStart())));
            }
        }
        return text(method, calendarName, vevents);
    }

    /**
     * A cancellation (METHOD:CANCEL) for the invitees: of the whole meeting or series when {@code occurrenceOrNull}
     * is null, else of the one occurrence the rule starts then (its RECURRENCE-ID).
     */
    public static String writeCancellation(CalendarEvent event, LocalDateTime occurrenceOrNull) {
        if (occurrenceOrNull != null && !event.isSeries()) {
            throw new IllegalArgumentException("Only an occurrence of a series can be cancelled alone: " + event.uid());
        }
        VEvent vevent = occurrenceOrNull == null
                ? master(event, Method.CANCEL)
                : instance(event, Method.CANCEL, Occurrences.held(event, occurrenceOrNull));
        return text(Method.CANCEL, null, List.of(vevent));
    }

    private static VEvent master(CalendarEvent event, Method method) {
        VEvent vevent = vevent(event, method, event.start(), event.end());
        if (event.isRecurring()) {
            vevent.add(new RRule<>(event.rrule()));
        }
        for (LocalDateTime extra : event.extraOccurrences()) {
            vevent.add(new RDate<>(zoneParameter(), new DateList<>(extra.atZone(COPENHAGEN))));
        }
        for (LocalDateTime cancelled : event.cancelledOccurrences()) {
            vevent.add(new ExDate<>(zoneParameter(), new DateList<>(cancelled.atZone(COPENHAGEN))));
        }
        return vevent;
    }

    private static VEvent instance(CalendarEvent event, Method method, Occurrence occurrence) {
        VEvent vevent = vevent(event, method, occurrence.start(), occurrence.end());
        vevent.add(new RecurrenceId<>(occurrence.originalStart().atZone(COPENHAGEN)));
        return vevent;
    }

    /** What every VEVENT of the event carries; iTIP wants the same organiser, attendees and SEQUENCE on each. */
    private static VEvent vevent(CalendarEvent event, Method method, LocalDateTime start, LocalDateTime end) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        Instant stamp = event.lastModified() == null ? Instant.now() : event.lastModified();
        vevent.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        if (event.lastModified() != null) {
            vevent.add(new LastModified(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Summary(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        vevent.add(new DtStart<>(start.atZone(COPENHAGEN)));
        vevent.add(new DtEnd<>(end.atZone(COPENHAGEN)));
        vevent.add(event.cancelled() || method == Method.CANCEL
                ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.organizer() != null) {
            vevent.add(new Organizer(named(event.organizer()), mailto(event.organizer())));
        }
        if (method != Method.PUBLISH) {
            for (Person attendee : event.attendees()) {
                ParameterList parameters = named(attendee).add(Role.REQ_PARTICIPANT);
                if (method == Method.REQUEST) {
                    parameters = parameters.add(partStat(attendee)).add(Rsvp.TRUE);
                }
                vevent.add(new Attendee(parameters, mailto(attendee)));
            }
        }
        return vevent;
    }

    private static String text(Method method, String calendarName, List<VEvent> vevents) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.Method(method.name()));
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        calendar.add(new XProperty("X-WR-TIMEZONE", COPENHAGEN.getId()));
        calendar.add(TIME_ZONE.copy());
        vevents.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Folding.refold(out.toString());
    }

    /** CN with the person's name, if there is one. */
    private static ParameterList named(Person person) {
        List<Parameter> parameters = person.name() == null || person.name().isBlank()
                ? List.of() : List.of(new Cn(person.name()));
        return new ParameterList(parameters);
    }

    /** The answer recorded for the attendee, so that an update does not ask again for what they answered. */
    private static PartStat partStat(Person attendee) {
        return attendee.partStat() == null ? PartStat.NEEDS_ACTION : new PartStat(attendee.partStat());
    }

    private static URI mailto(Person person) {
        return URI.create("mailto:" + person.email());
    }

    private static ParameterList zoneParameter() {
        return new ParameterList(List.of(new TzId(COPENHAGEN.getId())));
    }

    /**
     * Europe/Copenhagen with the rules in force (summer time from the last Sunday of March to the last Sunday of
     * October), taken from iCal4j's registry. tzdata now makes Copenhagen a link to Europe/Berlin, whose older history
     * differs from Copenhagen's, so only the observances without an end are kept, under Copenhagen's name.
     */
    private static VTimeZone copenhagenTimeZone() {
        VTimeZone registered = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(COPENHAGEN.getId()).getVTimeZone();
        return new VTimeZone(new PropertyList(List.of(new net.fortuna.ical4j.model.property.TzId(COPENHAGEN.getId()))),
                new ComponentList<>(registered.getObservances().stream().filter(ICalendarWriter::inForce).toList()));
    }

    private static boolean inForce(Observance observance) {
        return observance.<RRule<?>>getProperty(Property.RRULE)
                .map(rule -> rule.getRecur().getUntil() == null && rule.getRecur().getCount() == RecurrenceRules.ABSENT)
                .orElse(false);
    }
}
