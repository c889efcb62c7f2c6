package dk.kompetencenet.meeting;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dk.kompetencenet.meeting.calendar.CalendarEvent;
import dk.kompetencenet.meeting.calendar.ICalendarWriter;
import dk.kompetencenet.meeting.calendar.Method;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.meeting.calendar.Person;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;

/** The invitation, update, cancellation and unregistration mails of meetings, in Danish with their iCalendar part. */
@ApplicationScoped
class InvitationMails {

    @Inject
    private Event<MeetingMail> mails;

    @Inject
    private OrganiserMailbox mailbox;

    /** Queues one mail per recipient, sent after commit (see {@link MailSender}). */
    void send(Meeting meeting, List<Invitation> recipients, List<Invitation> attendees, MailKind kind,
              LocalDateTime occurrence) {
        if (recipients.isEmpty()) {
            return;
        }
        LocalDateTime asked = occurrence != null ? occurrence : nextOccurrence(meeting);
        List<Person> people = attendees.stream().map(i -> new Person(i.getEmployee().getFullName(),
                i.getEmployee().getEmail(), i.answerFor(asked).map(a -> a.getAnswer().name()).orElse(null))).toList();
        CalendarEvent event = meeting.toCalendarEvent(people);
        event = event.withOrganizer(mailbox.organiser(event.organizer()));
        String calendar = kind.method() == Method.CANCEL ? ICalendarWriter.writeCancellation(event, occurrence)
                : ICalendarWriter.write(List.of(event), Method.REQUEST, null);
        String when = ConflictCheck.WHEN.format(occurrence != null ? occurrence : meeting.getStartAt());
        String subject = Texts.get(Texts.DANISH, kind.subjectKey(), meeting.getTitle(), when);
        String text = Texts.get(Texts.DANISH, kind.bodyKey(meeting.isRecurring()),
                meeting.getTitle(), when, meeting.getLocation() == null ? "" : meeting.getLocation(),
                meeting.getAgenda() == null ? "" : meeting.getAgenda(), meeting.getOrganiser().getFullName(),
                meeting.occurrences().size());
        mails.fire(new MeetingMail(recipients.stream().map(i -> new MeetingMail.Message(i.getEmployee().getFullName(),
                i.getEmployee().getEmail(), subject, text, calendar, kind.method().name())).toList()));
    }

    /**
     * The occurrence whose answers an update carries as PARTSTAT: the next one not yet over (answers are kept per
     * occurrence; a calendar program keeps one per series), or the first when all are over.
     */
    private static LocalDateTime nextOccurrence(Meeting meeting) {
        LocalDateTime now = LocalDateTime.now(Zones.COPENHAGEN);
        List<Occurrence> all = meeting.occurrences();
        return all.stream().filter(o -> o.end().isAfter(now)).findFirst()
                .or(() -> all.stream().findFirst()).map(Occurrence::originalStart).orElse(meeting.getStartAt());
    }
}
