package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.Invitation;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * Reminds the invitees of each meeting held {@code kompetencenet.reminders.meeting-days} days from now (default 2) of
 * it, unless they declined that occurrence: those who accepted, said maybe or have not answered yet. Two queries: the
 * meetings of that day, and their invitations with people and answers.
 */
@ApplicationScoped
public class MeetingReminders extends ReminderJob {

    static final String JOB = "reminder.meeting";

    @Inject
    @ConfigProperty(name = "kompetencenet.reminders.meeting-days", defaultValue = "2")
    private int daysBefore;

    /** Claims the day and reminds of the meetings {@code daysBefore} days later; how many mails went out. */
    @Transactional
    public int send(LocalDate day) {
        claims.claim(JOB, Periods.day(day));
        LocalDate held = day.plusDays(daysBefore);
        LocalDateTime from = held.atStartOfDay();
        LocalDateTime to = held.plusDays(1).atStartOfDay();
        List<Meeting> meetings = em.createNamedQuery("Meeting.inPeriod", Meeting.class).setParameter("from", from)
                .setParameter("to", to).getResultList().stream().filter(m -> !m.isCancelled()).toList();
        if (meetings.isEmpty()) {
            return 0;
        }
        List<Invitation> invitations = em.createQuery("select distinct v from Invitation v join fetch v.employee"
                + " left join fetch v.answers where v.meeting in :meetings", Invitation.class)
                .setParameter("meetings", meetings).getResultList();
        List<ReminderPost.Draft> drafts = new ArrayList<>();
        for (Meeting meeting : meetings) {
            for (Occurrence occurrence : meeting.occurrencesBetween(from, to)) {
                invitations.stream().filter(v -> v.getMeeting().equals(meeting))
                        .filter(v -> v.answerFor(occurrence.originalStart())
                                .map(a -> a.getAnswer() != Answer.DECLINED).orElse(true))
                        .filter(v -> v.getEmployee().isActive() && !v.getEmployee().isAnonymised())
                        .forEach(v -> drafts.add(draft(meeting, occurrence, v.getEmployee(), held)));
            }
        }
        return post.send(ReminderKind.MEETING, drafts, Periods.day(held), Periods.day(held));
    }

    private ReminderPost.Draft draft(Meeting meeting, Occurrence occurrence, Employee person, LocalDate held) {
        String where = meeting.getLocation() == null ? "" : meeting.getLocation();
        String link = links.page("/meeting/meeting.xhtml?id=" + meeting.getId());
        return new ReminderPost.Draft(person.getId(), person.getFullName(), person.getEmail(),
                List.of("meeting:" + meeting.getId() + ":" + occurrence.originalStart()), Periods.day(held),
                (locale, subjects) -> {
                    String when = Periods.when(locale, occurrence.start());
                    return new ReminderPost.Letter(
                            Texts.get(locale, "reminder.meeting.subject", meeting.getTitle(), when),
                            Texts.get(locale, "reminder.meeting.text", person.getFullName(), meeting.getTitle(), when,
                                    where, link));
                });
    }
}
