package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.Strategy;

/**
 * The coordinators' weekly digest, sent by the first run of each ISO week: the open rounds and how many have finished
 * each, the meetings of the coming seven days, the follow-up snapshots due within a month, and the institutions
 * without a supervisor. Counted in the database, a fixed number of queries whatever the size of the municipality.
 */
@ApplicationScoped
public class CoordinatorDigest extends ReminderJob {

    static final String JOB = "reminder.digest";
    private static final String COMPLETED = "(select count(a) from RoundAnswer a where a.round = r and a.employee = e)"
            + " >= (select count(c) from Competence c where c.area.framework = r.framework)";

    /** What the digest tells; counted once for all coordinators. */
    record Figures(List<String> rounds, long meetings, List<Snapshot> snapshots, long withoutSupervisor) {
    }

    /** A snapshot due on a day. */
    record Snapshot(SnapshotKind kind, LocalDate on) {

        String key() {
            return kind == SnapshotKind.EVALUATION ? "reminder.digest.snapshot.EVALUATION"
                    : "reminder.digest.snapshot.FOLLOW_UP";
        }
    }

    /** Claims the week and sends the digest to every coordinator who has not turned it off; how many mails. */
    @Transactional
    public int send(LocalDate day) {
        String week = Periods.week(day);
        claims.claim(JOB, week);
        List<Object[]> coordinators = em.createQuery("select distinct e.id, e.firstName, e.lastName, e.email"
                + " from UserAccount u join u.roles r join u.employee e where r = :coordinator and u.active = :yes"
                + " and e.active = :yes", Object[].class).setParameter("coordinator", Role.COORDINATOR)
                .setParameter("yes", true)
                .getResultList();
        if (coordinators.isEmpty()) {
            return 0;
        }
        Figures figures = figures(day);
        List<ReminderPost.Draft> drafts = coordinators.stream().map(r -> new ReminderPost.Draft((Long) r[0],
                r[1] + " " + r[2], (String) r[3], List.of("digest"), week,
                (locale, subjects) -> letter(locale, r[1] + " " + r[2], week, figures))).toList();
        return post.send(ReminderKind.DIGEST, drafts, week, week);
    }

    Figures figures(LocalDate day) {
        String staffOfOpenRounds = "select r.id, count(distinct e.id) from AssessmentRound r join r.institutions i,"
                + " Employee e join e.institutions w where w.id = i.id and r.status = :open and e.active = :yes";
        Map<Long, Long> staff = perRound(staffOfOpenRounds + " group by r.id");
        Map<Long, Long> done = perRound(staffOfOpenRounds + " and " + COMPLETED + " group by r.id");
        List<String> rounds = em.createQuery("select r from AssessmentRound r where r.status = :open"
                        + " order by r.closesOn", AssessmentRound.class)
                .setParameter("open", AssessmentRound.Status.OPEN).getResultStream()
                .map(r -> r.getName() + ": " + done.getOrDefault(r.getId(), 0L) + "/"
                        + staff.getOrDefault(r.getId(), 0L) + " (" + Periods.DATE.format(r.getClosesOn()) + ")")
                .toList();
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(7).atStartOfDay();
        long meetings = em.createNamedQuery("Meeting.inPeriod", Meeting.class).setParameter("from", from)
                .setParameter("to", to).getResultStream().filter(m -> !m.isCancelled())
                .mapToLong(m -> m.occurrencesBetween(from, to).size()).sum();
        // native: EclipseLink writes this count's parameters as literals, and Derby refuses ACTIVE = 1
        long withoutSupervisor = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM institution i"
                        + " WHERE i.active = TRUE AND NOT EXISTS (SELECT 1 FROM designation d"
                        + " WHERE d.institution_id = i.id AND d.valid_from <= ?"
                        + " AND (d.valid_to IS NULL OR d.valid_to >= ?))")
                .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, java.sql.Date.valueOf(day))
                .getSingleResult()).longValue();
        return new Figures(rounds, meetings, snapshotsDue(day), withoutSupervisor);
    }

    /** The follow-up and evaluation snapshots of the strategy in force due within a month and not taken yet. */
    private List<Snapshot> snapshotsDue(LocalDate day) {
        List<Snapshot> due = new ArrayList<>();
        em.createNamedQuery("Strategy.current", Strategy.class).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(strategy -> {
                    List<SnapshotKind> taken = em.createQuery("select s.kind from IndicatorSnapshot s"
                            + " where s.strategy = :s", SnapshotKind.class).setParameter("s", strategy).getResultList();
                    for (var kind : Map.of(SnapshotKind.FOLLOW_UP, strategy.getFollowUpDate(),
                            SnapshotKind.EVALUATION, strategy.getEvaluationDate()).entrySet()) {
                        if (kind.getValue() != null && !taken.contains(kind.getKey())
                                && !kind.getValue().isAfter(day.plusDays(30))) {
                            due.add(new Snapshot(kind.getKey(), kind.getValue()));
                        }
                    }
                });
        return due.stream().sorted((a, b) -> a.on().compareTo(b.on())).toList();
    }

    private Map<Long, Long> perRound(String jpql) {
        return em.createQuery(jpql, Object[].class).setParameter("open", AssessmentRound.Status.OPEN)
                .setParameter("yes", true).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private ReminderPost.Letter letter(Locale locale, String name, String week, Figures figures) {
        String none = Texts.get(locale, "reminder.digest.none");
        String rounds = figures.rounds().isEmpty() ? none
                : figures.rounds().stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        String snapshots = figures.snapshots().isEmpty() ? none : figures.snapshots().stream()
                .map(s -> "- " + Texts.get(locale, s.key(), Periods.DATE.format(s.on())))
                .collect(Collectors.joining("\n"));
        return new ReminderPost.Letter(Texts.get(locale, "reminder.digest.subject", week),
                Texts.get(locale, "reminder.digest.text", name, rounds, figures.meetings(), snapshots,
                        figures.withoutSupervisor(), links.page("/overview/index.xhtml")));
    }
}
