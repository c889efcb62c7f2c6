package dk.kompetencenet.start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.start.TaskItems.CloseItem;
import dk.kompetencenet.start.TaskItems.DocumentItem;
import dk.kompetencenet.start.TaskItems.EquipmentItem;
import dk.kompetencenet.start.TaskItems.ExpiryItem;
import dk.kompetencenet.start.TaskItems.InstitutionItem;
import dk.kompetencenet.start.TaskItems.RatingItem;
import dk.kompetencenet.start.TaskItems.SnapshotItem;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.Expiry;

/**
 * The start page's lists for supervisors and leaders (their own institutions) and for coordinators (the
 * municipality): one query each, at most {@value MyTasks#MOST} items.
 */
@ApplicationScoped
@Transactional
public class OversightTasks {

    private static final int MOST = MyTasks.MOST;
    private static final List<SnapshotKind> DUE_KINDS = List.of(SnapshotKind.BASELINE, SnapshotKind.FOLLOW_UP,
            SnapshotKind.EVALUATION);

    /**
     * Binding forced where a query has a sub-query: EclipseLink otherwise writes the values into the SQL, and true as 1,
     * which Derby refuses for a BOOLEAN column (as in {@code LocalDocumentService}).
     */
    private static final String BIND = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext
    private EntityManager em;

    /** Whose lists: their employee record (if any), the institutions they work at, and today. */
    public record Scope(Long me, List<Long> institutions, LocalDate today) {
    }

    /**
     * Colleagues at the supervisor's institutions who have answered a self-assessment round since their last formal
     * rating, or were never rated.
     */
    List<RatingItem> ratings(Scope scope) {
        if (scope.institutions().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.id, e.firstName, e.lastName from RoundAnswer ra join ra.employee e"
                        + " join e.institutions i where i.id in :mine and e.active = :active and e.id <> :me"
                        + " and not exists (select a from Assessment a where a.employee = e and a.kind = :rating"
                        + " and a.recordedAt >= ra.answeredAt) group by e.id, e.firstName, e.lastName"
                        + " order by e.lastName, e.firstName, e.id", Object[].class)
                .setParameter("mine", scope.institutions()).setParameter("active", Boolean.TRUE)
                .setParameter("me", scope.me() == null ? -1L : scope.me())
                .setParameter("rating", Assessment.Kind.RATING).setHint(BIND, "true").setMaxResults(MOST)
                .getResultStream()
                .map(r -> new RatingItem((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Adopted documents of the leader's institutions whose review date is within {@value MyTasks#DUE_DAYS} days or past. */
    List<DocumentItem> documents(Scope scope) {
        if (scope.institutions().isEmpty()) {
            return List.of();
        }
        LocalDate today = scope.today();
        return em.createQuery("select i.id, i.name, k.key, k.name.da, k.name.en, d.nextReviewOn from LocalDocument d"
                        + " join d.institution i join d.kind k where i.id in :mine and d.status = :adopted"
                        + " and d.nextReviewOn <= :limit order by d.nextReviewOn, i.name", Object[].class)
                .setParameter("mine", scope.institutions()).setParameter("adopted", DocumentStatus.ADOPTED)
                .setParameter("limit", today.plusDays(MyTasks.DUE_DAYS)).setMaxResults(MOST).getResultStream()
                .map(r -> new DocumentItem((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (LocalDate) r[5], ((LocalDate) r[5]).isBefore(today))).toList();
    }

    /** Equipment needs of the leader's institutions requested and not yet approved or rejected. */
    List<EquipmentItem> equipment(Scope scope) {
        if (scope.institutions().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n.id, i.name, n.what, n.quantity, n.requestedOn from EquipmentNeed n"
                        + " join n.institution i where i.id in :mine and n.status = :requested"
                        + " order by n.requestedOn, n.id", Object[].class)
                .setParameter("mine", scope.institutions()).setParameter("requested", EquipmentStatus.REQUESTED)
                .setMaxResults(MOST).getResultStream()
                .map(r -> new EquipmentItem((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                        (LocalDate) r[4])).toList();
    }

    /**
     * Designations and module certificates at the leader's institutions that end within {@link Expiry#WARNING_DAYS}
     * days ({@link Expiry#EXPIRING}): a query for each, merged soonest first.
     */
    List<ExpiryItem> expiring(Scope scope) {
        if (scope.institutions().isEmpty()) {
            return List.of();
        }
        LocalDate limit = scope.today().plusDays(Expiry.WARNING_DAYS);
        List<ExpiryItem> items = new ArrayList<>();
        em.createQuery("select i.id, i.name, e.firstName, e.lastName, d.kind, d.validTo from Designation d"
                        + " join d.institution i join d.employee e where i.id in :mine and d.validTo >= :today"
                        + " and d.validTo <= :limit order by d.validTo, d.id", Object[].class)
                .setParameter("mine", scope.institutions()).setParameter("today", scope.today())
                .setParameter("limit", limit).setMaxResults(MOST).getResultStream()
                .forEach(r -> items.add(new ExpiryItem((Long) r[0], (String) r[1], r[2] + " " + r[3],
                        (DesignationKind) r[4], null, null, null, (LocalDate) r[5])));
        em.createQuery("select i.id, i.name, e.firstName, e.lastName, m.name, p.id, run.id, c.validUntil"
                        + " from ModuleCompletion c join c.enrolment n join n.institution i join n.employee e"
                        + " join c.module m join n.run run join run.programme p where i.id in :mine"
                        + " and c.validUntil >= :today and c.validUntil <= :limit order by c.validUntil, c.id",
                        Object[].class)
                .setParameter("mine", scope.institutions()).setParameter("today", scope.today())
                .setParameter("limit", limit).setMaxResults(MOST).getResultStream()
                .forEach(r -> items.add(new ExpiryItem((Long) r[0], (String) r[1], r[2] + " " + r[3], null,
                        (String) r[4], (Long) r[5], (Long) r[6], (LocalDate) r[7])));
        return items.stream().sorted(Comparator.comparing(ExpiryItem::endsOn)).limit(MOST).toList();
    }

    /** Rounds past their end date and still open ({@link AssessmentRound#overdueJpql}). */
    List<CloseItem> roundsToClose(LocalDate today) {
        return em.createQuery("select r.id, r.name, r.closesOn from AssessmentRound r where "
                        + AssessmentRound.overdueJpql("r") + " order by r.closesOn, r.id", Object[].class)
                .setParameter("today", today).setMaxResults(MOST).getResultStream()
                .map(r -> new CloseItem((Long) r[0], (String) r[1], (LocalDate) r[2])).toList();
    }

    /**
     * The snapshots of the strategy in force that are due ({@link SnapshotKind#isDue}) or fall due within
     * {@value MyTasks#DUE_DAYS} days and have not been taken: the strategy, then the kinds taken.
     */
    List<SnapshotItem> snapshots(LocalDate today) {
        Optional<Strategy> current = em.createNamedQuery("Strategy.current", Strategy.class).setMaxResults(1)
                .getResultStream().findFirst();
        if (current.isEmpty()) {
            return List.of();
        }
        Strategy strategy = current.get();
        Set<SnapshotKind> taken = EnumSet.noneOf(SnapshotKind.class);
        taken.addAll(em.createQuery("select distinct x.kind from IndicatorSnapshot x where x.strategy = :s",
                SnapshotKind.class).setParameter("s", strategy).getResultList());
        List<SnapshotItem> items = new ArrayList<>();
        for (SnapshotKind kind : DUE_KINDS) {
            LocalDate dueOn = kind.dueOn(strategy);
            boolean due = kind.isDue(strategy, today);
            if (!taken.contains(kind) && (due || !dueOn.isAfter(today.plusDays(MyTasks.DUE_DAYS)))) {
                items.add(new SnapshotItem(kind, dueOn, due));
            }
        }
        return items;
    }

    /** Active institutions without a supervisor designated today ({@link Designation#activeOnJpql}). */
    List<InstitutionItem> uncovered(LocalDate today) {
        return em.createQuery("select i.id, i.name from Institution i where i.active = :active and not exists"
                        + " (select d from Designation d where d.institution = i and " + Designation.activeOnJpql("d")
                        + ") order by i.name, i.id", Object[].class)
                .setParameter("active", Boolean.TRUE).setParameter("today", today).setHint(BIND, "true")
                .setMaxResults(MOST)
                .getResultStream().map(r -> new InstitutionItem((Long) r[0], (String) r[1])).toList();
    }
}
