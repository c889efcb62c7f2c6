package dk.kompetencenet.strategy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** Reads the strategy for everyone logged in; coordinators and administrators edit it. */
@ApplicationScoped
@Transactional
public class StrategyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<StrategyRevised> revisions;

    /** The strategy in force, with its focus areas, goals and initiatives loaded. */
    public Optional<Strategy> current() {
        Optional<Strategy> strategy = em.createNamedQuery("Strategy.current", Strategy.class).setMaxResults(1)
                .getResultStream().findFirst();
        strategy.ifPresent(this::loadTree);
        return strategy;
    }

    /** Every strategy, the one in force and earlier versions, newest first. */
    public List<Strategy> history() {
        return em.createQuery("select s from Strategy s order by s.startDate desc, s.id desc", Strategy.class)
                .getResultList();
    }

    public Strategy get(Long id) {
        Strategy strategy = Optional.ofNullable(id == null ? null : em.find(Strategy.class, id))
                .orElseThrow(NotFoundException::new);
        loadTree(strategy);
        return strategy;
    }

    /** Three queries for the whole tree, whatever its size. */
    private void loadTree(Strategy strategy) {
        strategy.getVisions().size();
        List<FocusArea> areas = em.createQuery("select distinct f from FocusArea f left join fetch f.goals"
                + " where f.strategy = :s", FocusArea.class).setParameter("s", strategy).getResultList();
        if (!areas.isEmpty()) {
            em.createQuery("select distinct f from FocusArea f left join fetch f.initiatives where f.strategy = :s",
                    FocusArea.class).setParameter("s", strategy).getResultList();
        }
    }

    /** The version that replaced this one, if it has been revised. */
    public Optional<Strategy> successorOf(Long strategyId) {
        return em.createQuery("select s from Strategy s where s.revisedFromId = :id", Strategy.class)
                .setParameter("id", strategyId).getResultStream().findFirst();
    }

    public FocusArea focusArea(Long id) {
        FocusArea area = Optional.ofNullable(id == null ? null : em.find(FocusArea.class, id))
                .orElseThrow(NotFoundException::new);
        area.getGoals().size();
        area.getInitiatives().size();
        return area;
    }

    public Initiative initiative(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Initiative.class, id)).orElseThrow(NotFoundException::new);
    }

    /**
     * The initiatives with these ids, for what links to them (meetings, networks, programmes, plans); an unknown id is
     * refused.
     */
    public Set<Initiative> initiatives(Set<Long> ids) {
        Set<Initiative> found = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            found.add(Optional.ofNullable(id == null ? null : em.find(Initiative.class, id)).orElseThrow(() ->
                    new InvalidInputException(Problem.inField("initiativeIds", "strategy.error.unknownInitiative", id))));
        }
        return found;
    }

    /**
     * The ids of the current strategy's initiatives with these exact titles, for seed files that name initiatives; a
     * title the strategy lacks stops start-up with the file's name.
     */
    public Set<Long> initiativeIdsTitled(List<String> titles, String seedFile) {
        Map<String, Long> byTitle = current().stream().flatMap(s -> s.getFocusAreas().stream())
                .flatMap(f -> f.getInitiatives().stream())
                .collect(Collectors.toMap(Initiative::getTitle, Initiative::getId, (a, b) -> a));
        Set<Long> ids = new HashSet<>();
        for (String title : titles) {
            Long id = byTitle.get(title);
            if (id == null) {
                throw new IllegalStateException(seedFile + " names an initiative the strategy lacks: " + title);
            }
            ids.add(id);
        }
        return ids;
    }

    public Optional<Strategy> bySeedKey(String key) {
        return em.createNamedQuery("Strategy.bySeedKey", Strategy.class).setParameter("key", key).getResultStream()
                .findFirst();
    }

    public Strategy create(Strategy strategy) {
        requireEditor();
        em.persist(strategy);
        em.flush();
        audit.record("CREATE", strategy, strategy.getTitle());
        return strategy;
    }

    /**
     * Starts the next version of a strategy in force: copies it under a new title and start date, archives it, and
     * (where {@code carryLinks}) lets what served its initiatives serve their new versions too. Refuses an archived
     * strategy, a missing title, a start not after the old start, and a stale version; then nothing changes.
     */
    public Strategy revise(Long id, long version, String title, LocalDate start, boolean carryLinks) {
        requireEditor();
        Strategy previous = get(id);
        previous.requireVersion(version);
        Strategy revision = previous.revise(title, start);
        em.persist(revision);
        em.flush();
        Map<Long, Initiative> successors = revision.getFocusAreas().stream().flatMap(f -> f.getInitiatives().stream())
                .collect(Collectors.toMap(Initiative::getRevisedFromId, Function.identity()));
        revisions.fire(new StrategyRevised(previous.getId(), revision.getId(), successors, carryLinks));
        em.flush();
        audit.record("ARCHIVE", previous, previous.getTitle());
        audit.record("CREATE", revision, revision.getTitle() + " (revised from " + previous.getId()
                + (carryLinks ? ", links carried forward)" : ")"));
        return revision;
    }

    public Strategy update(Long id, long version, String title, String municipality, String introduction,
                           LocalDate start, LocalDate followUp, LocalDate evaluation, List<String> visions) {
        requireEditor();
        Strategy strategy = get(id);
        strategy.requireVersion(version);
        strategy.requireInForce();
        strategy.describe(title, municipality, introduction);
        strategy.schedule(start, followUp, evaluation);
        strategy.replaceVisions(visions);
        em.flush();
        audit.record("UPDATE", strategy, strategy.getTitle());
        return strategy;
    }

    public FocusArea updateFocusArea(Long id, long version, String title, String description) {
        requireEditor();
        FocusArea area = focusArea(id);
        area.requireVersion(version);
        area.getStrategy().requireInForce();
        area.describe(title, description);
        em.flush();
        audit.record("UPDATE", area, area.getTitle());
        return area;
    }

    public Goal addGoal(Long focusAreaId, String statement, GoalKind kind) {
        requireEditor();
        FocusArea area = focusArea(focusAreaId);
        area.getStrategy().requireInForce();
        Goal goal = area.addGoal(statement, kind);
        em.flush();
        audit.record("CREATE", goal, goal.getStatement());
        return goal;
    }

    public Goal updateGoal(Long id, long version, String statement, GoalKind kind) {
        requireEditor();
        Goal goal = Optional.ofNullable(em.find(Goal.class, id)).orElseThrow(NotFoundException::new);
        goal.requireVersion(version);
        goal.getFocusArea().getStrategy().requireInForce();
        goal.reword(statement, kind);
        em.flush();
        audit.record("UPDATE", goal, goal.getStatement());
        return goal;
    }

    public void removeGoal(Long id, long version) {
        requireEditor();
        Goal goal = Optional.ofNullable(em.find(Goal.class, id)).orElseThrow(NotFoundException::new);
        goal.requireVersion(version);
        goal.getFocusArea().getStrategy().requireInForce();
        goal.getFocusArea().removeGoal(goal);
        em.flush();
        audit.record("DELETE", "Goal", id, goal.getStatement());
    }

    public Initiative addInitiative(Long focusAreaId, Initiative.Content content) {
        requireEditor();
        FocusArea area = focusArea(focusAreaId);
        area.getStrategy().requireInForce();
        Initiative initiative = area.addInitiative(content);
        em.flush();
        audit.record("CREATE", initiative, initiative.getTitle());
        return initiative;
    }

    public Initiative updateInitiative(Long id, long version, Initiative.Content content) {
        requireEditor();
        Initiative initiative = initiative(id);
        initiative.requireVersion(version);
        initiative.getFocusArea().getStrategy().requireInForce();
        initiative.change(content);
        em.flush();
        audit.record("UPDATE", initiative, initiative.getTitle());
        return initiative;
    }

    public boolean canEdit() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    private void requireEditor() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
    }
}
