package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.Role;

/**
 * Tells the leaders of each institution, once per item and date, of its local documents due for review and the
 * supervisor designations and course certificates of its staff that expire within
 * {@code kompetencenet.reminders.due-days} days (default 30): one mail per leader listing what is new to them. Four
 * queries: documents, designations, certificates, leaders.
 */
@ApplicationScoped
public class DueDateReminders extends ReminderJob {

    static final String JOB = "reminder.due";

    /** One thing due at an institution: its subject key, due date, and how the mail names it. */
    private record Due(Long institutionId, String subject, LocalDate on, String key, String what, String institution) {
    }

    @Inject
    @ConfigProperty(name = "kompetencenet.reminders.due-days", defaultValue = "30")
    private int window;

    /** Claims the day and tells leaders what falls due within the window; how many mails went out. */
    @Transactional
    public int send(LocalDate day) {
        claims.claim(JOB, Periods.day(day));
        LocalDate until = day.plusDays(window);
        List<Due> due = new ArrayList<>();
        rows("select d.id, i.id, i.name, d.nextReviewOn, k.name.da from LocalDocument d join d.institution i"
                + " join d.kind k where d.nextReviewOn between :day and :until and i.active = :yes", day, until)
                .forEach(r -> due.add(new Due((Long) r[1], "document:" + r[0], (LocalDate) r[3],
                        "reminder.due.document", (String) r[4], (String) r[2])));
        rows("select d.id, i.id, i.name, d.validTo, e.firstName, e.lastName from Designation d join d.institution i"
                + " join d.employee e where d.validTo between :day and :until and i.active = :yes"
                + " and e.active = :yes", day, until)
                .forEach(r -> due.add(new Due((Long) r[1], "designation:" + r[0], (LocalDate) r[3],
                        "reminder.due.designation", r[4] + " " + r[5], (String) r[2])));
        rows("select m.id, i.id, i.name, m.validUntil, e.firstName, e.lastName, mo.name from ModuleCompletion m"
                + " join m.module mo join m.enrolment x join x.employee e join x.institution i"
                + " where m.validUntil between :day and :until and i.active = :yes and e.active = :yes", day, until)
                .forEach(r -> due.add(new Due((Long) r[1], "certificate:" + r[0], (LocalDate) r[3],
                        "reminder.due.certificate", r[4] + " " + r[5] + ", " + r[6], (String) r[2])));
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Due>> byInstitution = due.stream().collect(Collectors.groupingBy(Due::institutionId));
        Map<Long, Object[]> leaders = new LinkedHashMap<>();
        Map<Long, List<Due>> theirs = new LinkedHashMap<>();
        em.createQuery("select distinct e.id, e.firstName, e.lastName, e.email, i.id from UserAccount u join u.roles r"
                        + " join u.employee e join e.institutions i where r = :leader and u.active = :yes"
                        + " and e.active = :yes", Object[].class)
                .setParameter("leader", Role.LEADER).setParameter("yes", true).getResultStream().forEach(r -> {
                    leaders.put((Long) r[0], r);
                    theirs.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .addAll(byInstitution.getOrDefault((Long) r[4], List.of()));
                });
        // one mail per leader listing what is new to them; each subject carries its due date (a moved date is new),
        // the period is the year of sending: an item falls in the window for fewer days than a year
        String year = String.valueOf(day.getYear());
        List<ReminderPost.Draft> drafts = new ArrayList<>();
        theirs.forEach((id, items) -> {
            if (items.isEmpty()) {
                return;
            }
            Object[] leader = leaders.get(id);
            String name = leader[1] + " " + leader[2];
            Map<String, Due> bySubject = items.stream().collect(Collectors.toMap(d -> d.subject() + "@" + d.on(),
                    d -> d, (a, b) -> a, LinkedHashMap::new));
            drafts.add(new ReminderPost.Draft(id, name, (String) leader[3], List.copyOf(bySubject.keySet()),
                    year, (locale, fresh) -> letter(locale, name, fresh.stream().map(bySubject::get)
                            .toList())));
        });
        return post.send(ReminderKind.DUE_DATES, drafts, String.valueOf(day.getYear() - 1), year);
    }

    private ReminderPost.Letter letter(Locale locale, String name, List<Due> items) {
        String lines = items.stream().sorted((a, b) -> a.on().compareTo(b.on()))
                .map(d -> "- " + Texts.get(locale, d.key(), d.what(), d.institution(), Periods.DATE.format(d.on())))
                .collect(Collectors.joining("\n"));
        return new ReminderPost.Letter(Texts.get(locale, "reminder.due.subject", items.size()),
                Texts.get(locale, "reminder.due.text", name, lines, links.page("/index.xhtml")));
    }

    private List<Object[]> rows(String jpql, LocalDate day, LocalDate until) {
        return em.createQuery(jpql, Object[].class).setParameter("day", day).setParameter("until", until)
                .setParameter("yes", true).getResultList();
    }
}
