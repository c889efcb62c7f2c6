package dk.kompetencenet.overview.effect;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The effect of initiatives: for each, the people it reached (present at its meetings, completed its programmes, or
 * working where someone holds the designation its programmes grant) against those it did not, among everyone who
 * answered both of two self-assessment rounds of one framework: their average self-assessed rank in each round and
 * their average formal level (latest rating as of each round's closing date), and the change. A group of fewer than
 * {@code kompetencenet.privacy.min-group} people shows its size only. An association, not proof of an effect. A fixed
 * number of statements whatever the number of initiatives and people (see {@link EffectSums}).
 */
@ApplicationScoped
@Transactional
public class InitiativeEffect {

    private static final Role[] READERS = {Role.ADMIN, Role.COORDINATOR, Role.LEADER};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    @ConfigProperty(name = "kompetencenet.privacy.min-group", defaultValue = "5")
    private int minGroup;

    /** A round compared. */
    public record Round(Long id, String name, LocalDate closesOn) implements Serializable {
    }

    /** One group's averages (null where hidden or nothing to average) and size. */
    public record Group(long people, boolean shown, Double selfBefore, Double selfAfter, Double formalBefore,
                        Double formalAfter) implements Serializable {

        public Double selfChange() {
            return selfBefore == null || selfAfter == null ? null : selfAfter - selfBefore;
        }

        public Double formalChange() {
            return formalBefore == null || formalAfter == null ? null : formalAfter - formalBefore;
        }
    }

    public record Effect(Long initiativeId, String code, String title, Group reached, Group notReached)
            implements Serializable {
    }

    /** The two rounds, their framework, the privacy threshold and each initiative's effect. */
    public record Comparison(Round from, Round to, String framework, int minGroup, List<Effect> effects)
            implements Serializable {
    }

    /** Whether the caller may read effects (aggregates over the whole municipality). */
    public boolean readable() {
        return caller.hasAnyRole(READERS);
    }

    /**
     * The initiative's effect between the two latest closed rounds of a framework that serves it (or, if none has two,
     * of the framework whose round closed last); empty for those who may not read it or without two closed rounds.
     */
    public Optional<Comparison> of(Long initiativeId) {
        if (!readable()) {
            return Optional.empty();
        }
        Set<Long> serving = Set.copyOf(em.createQuery("select f.id from Framework f join f.initiatives i"
                + " where i.id = :id", Long.class).setParameter("id", initiativeId).getResultList());
        return compare(serving, List.of(initiativeId));
    }

    /** Every initiative of the strategy, in order, between the two latest closed rounds of the framework closed last. */
    public Optional<Comparison> ofStrategy(Long strategyId) {
        if (!readable()) {
            return Optional.empty();
        }
        List<Long> initiatives = em.createQuery("select i.id from Initiative i where i.focusArea.strategy.id = :s"
                + " order by i.focusArea.sortOrder, i.sortOrder", Long.class).setParameter("s", strategyId)
                .getResultList();
        return initiatives.isEmpty() ? Optional.empty() : compare(Set.of(), initiatives);
    }

    private Optional<Comparison> compare(Set<Long> preferred, List<Long> initiatives) {
        List<AssessmentRound> closed = em.createQuery("select r from AssessmentRound r join fetch r.framework"
                + " where r.status = :closed order by r.closesOn desc, r.id desc", AssessmentRound.class)
                .setParameter("closed", AssessmentRound.Status.CLOSED).getResultList();
        AssessmentRound[] pair = pair(closed, preferred);
        if (pair == null) {
            pair = pair(closed, Set.of());
        }
        if (pair == null) {
            return Optional.empty();
        }
        AssessmentRound from = pair[1];
        AssessmentRound to = pair[0];
        EffectSums sums = new EffectSums(em, from.getId(), to.getId(), from.getFramework().getId(),
                LocalDate.now(Zones.COPENHAGEN));
        EffectSums.Sums all = sums.all(from.getClosesOn(), to.getClosesOn());
        Map<Long, EffectSums.Sums> reached = sums.reached(initiatives, from.getClosesOn(), to.getClosesOn());
        Map<Long, Object[]> names = names(initiatives);
        List<Effect> effects = new ArrayList<>();
        for (Long id : initiatives) {
            EffectSums.Sums in = reached.getOrDefault(id, EffectSums.Sums.empty());
            Object[] n = names.get(id);
            effects.add(new Effect(id, (String) n[0], (String) n[1], group(in), group(all.minus(in))));
        }
        return Optional.of(new Comparison(round(from), round(to), from.getFramework().getNameDa(), minGroup,
                effects));
    }

    /** The latest closed round of a framework in {@code frameworks} (any if empty) and the one closed before it. */
    private static AssessmentRound[] pair(List<AssessmentRound> closed, Set<Long> frameworks) {
        for (AssessmentRound latest : closed) {
            Long framework = latest.getFramework().getId();
            if (frameworks.isEmpty() || frameworks.contains(framework)) {
                return closed.stream().filter(r -> r != latest && r.getFramework().getId().equals(framework)
                                && closed.indexOf(r) > closed.indexOf(latest)).findFirst()
                        .map(previous -> new AssessmentRound[] {latest, previous}).orElse(null);
            }
        }
        return null;
    }

    private Map<Long, Object[]> names(List<Long> initiatives) {
        Map<Long, Object[]> names = new java.util.HashMap<>();
        em.createQuery("select i.id, i.focusArea.sortOrder, i.sortOrder, i.title from Initiative i where i.id in :ids",
                        Object[].class).setParameter("ids", initiatives).getResultList()
                .forEach(r -> names.put((Long) r[0], new Object[] {r[1] + "." + r[2], r[3]}));
        return names;
    }

    private Group group(EffectSums.Sums s) {
        boolean shown = s.people() >= minGroup;
        return shown ? new Group(s.people(), true, s.average(EffectSums.SELF_BEFORE),
                s.average(EffectSums.SELF_AFTER), s.average(EffectSums.FORMAL_BEFORE),
                s.average(EffectSums.FORMAL_AFTER)) : new Group(s.people(), false, null, null, null, null);
    }

    private static Round round(AssessmentRound r) {
        return new Round(r.getId(), r.getName(), r.getClosesOn());
    }
}
