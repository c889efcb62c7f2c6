package dk.kompetencenet.meeting;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dk.kompetencenet.meeting.calendar.CalendarEvent;
import dk.kompetencenet.meeting.calendar.ICalendarWriter;
import dk.kompetencenet.meeting.calendar.Method;
import dk.kompetencenet.meeting.calendar.Person;
import dk.kompetencenet.platform.i18n.Texts;

/** The invitation, update, cancellation and unregistration mails of meetings, in Danish with their iCalendar part. */
@ApplicationScoped
class InvitationMails {

    @Inject
    private Event<MeetingMail> mails;

    /** Queues one mail per recipient, sent after commit (see {@link MailSender}). */
    void send(Meeting meeting, List<Invitation> recipients, List<Invitation> attendees, MailKind kind,
              LocalDateTime occurrence) {
        if (recipients.isEmpty()) {
            return;
        }
        List<Person> people = attendees.stream()
                .map(i -> new Person(i.getEmployee().getFullName(), i.getEmployee().getEmail())).toList();
        CalendarEvent event = meeting.toCalendarEvent(people);
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
}
