package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * Reminds everyone who works at an institution of an open self-assessment round and has not answered all its
 * competences, at most once a week per round, with a link to the round's page. One query finds them all.
 */
@ApplicationScoped
public class RoundReminders extends ReminderJob {

    static final String JOB = "reminder.round";

    /** Claims the day and sends this week's reminders not sent yet; how many mails went out. */
    @Transactional
    public int send(LocalDate day) {
        claims.claim(JOB, Periods.day(day));
        String week = Periods.week(day);
        List<Object[]> rows = em.createQuery("select distinct r.id, r.name, r.closesOn, e.id, e.firstName, e.lastName,"
                        + " e.email from AssessmentRound r join r.institutions i, Employee e join e.institutions w"
                        + " where w.id = i.id and r.status = :open and r.opensOn <= :day and r.closesOn >= :day"
                        + " and e.active = :yes and e.anonymisedAt is null"
                        + " and (select count(a) from RoundAnswer a where a.round = r and a.employee = e)"
                        + " < (select count(c) from Competence c where c.area.framework = r.framework)", Object[].class)
                .setParameter("open", AssessmentRound.Status.OPEN).setParameter("day", day).setParameter("yes", true)
                .getResultList();
        List<ReminderPost.Draft> drafts = rows.stream().map(row -> {
            String round = (String) row[1];
            String closes = Periods.DATE.format((LocalDate) row[2]);
            String link = links.page("/competence/round.xhtml?id=" + row[0]);
            String name = row[4] + " " + row[5];
            return new ReminderPost.Draft((Long) row[3], name, (String) row[6], List.of("round:" + row[0]), week,
                    (locale, subjects) -> new ReminderPost.Letter(
                            Texts.get(locale, "reminder.round.subject", round),
                            Texts.get(locale, "reminder.round.text", name, round, closes, link)));
        }).toList();
        return post.send(ReminderKind.ROUND, drafts, week, week);
    }
}
