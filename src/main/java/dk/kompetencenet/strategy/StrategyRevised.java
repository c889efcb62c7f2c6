package dk.kompetencenet.strategy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * Fired inside the transaction that starts a new version of the strategy, once the copy is saved. Features whose
 * records serve initiatives (programmes, networks, frameworks, kinds of local document) observe it and, where the
 * coordinator chose to carry the links forward, let those records serve the new versions of their initiatives too;
 * the links to the old initiatives stay. Meetings and development-plan goals are history and stay where they are.
 *
 * @param successors the new initiative for each old initiative's id
 */
public record StrategyRevised(Long previousId, Long revisionId, Map<Long, Initiative> successors,
                              boolean carryLinks) {

    public StrategyRevised {
        successors = Map.copyOf(successors);
    }

    /**
     * The records of one entity (with an {@code initiatives} collection) that serve an old initiative, their
     * initiatives loaded, in one query; none when the links stay behind.
     */
    public <T> List<T> linkedRecords(EntityManager em, Class<T> type) {
        if (!carryLinks || successors.isEmpty()) {
            return List.of();
        }
        String entity = type.getSimpleName();
        return em.createQuery("select distinct x from " + entity + " x left join fetch x.initiatives where x.id in"
                        + " (select y.id from " + entity + " y join y.initiatives i where i.id in :ids)", type)
                .setParameter("ids", successors.keySet()).getResultList();
    }

    /** The initiatives served, plus the new version of each that was revised. */
    public Set<Initiative> withSuccessors(Collection<Initiative> served) {
        Set<Initiative> all = new HashSet<>(served);
        served.forEach(i -> Optional.ofNullable(successors.get(i.getId())).ifPresent(all::add));
        return all;
    }
}
