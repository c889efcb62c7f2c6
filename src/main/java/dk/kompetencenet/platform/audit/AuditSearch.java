package dk.kompetencenet.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The audit log searched for administrators: by who (login name), what (entity type, action), when (Copenhagen days,
 * both ends included) and about which employee, newest first, a page at a time in the database (OFFSET .. FETCH;
 * indexes from V23).
 */
@ApplicationScoped
public class AuditSearch {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** What to look for; every part may be left out. */
    public record Filter(String actor, String entityType, String action, LocalDate from, LocalDate to,
                         Long subjectId) implements Serializable {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    public long count(Filter filter) {
        return query("select count(a) from AuditEntry a", filter, Long.class).getSingleResult();
    }

    public List<AuditEntry> page(Filter filter, int first, int max) {
        return query("select a from AuditEntry a", filter, AuditEntry.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** The entity types the log holds, for a chooser. */
    public List<String> entityTypes() {
        caller.requireAnyRole(Role.ADMIN);
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type) {
        caller.requireAnyRole(Role.ADMIN);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException(Problem.inField("to", "audit.error.period"));
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "a.actor = :actor", "actor", lower(filter.actor()));
        condition(where, parameters, "a.entityType = :type", "type", blankless(filter.entityType()));
        condition(where, parameters, "a.action = :action", "action",
                filter.action() == null ? null : blankless(filter.action().toUpperCase(Locale.ROOT)));
        condition(where, parameters, "a.occurredAt >= :from", "from",
                filter.from() == null ? null : filter.from().atStartOfDay(Zones.COPENHAGEN).toInstant());
        condition(where, parameters, "a.occurredAt < :to", "to",
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Zones.COPENHAGEN).toInstant());
        condition(where, parameters, "a.subjectId = :subject", "subject", filter.subjectId());
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (type == Long.class ? "" : " order by a.occurredAt desc, a.id desc");
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void condition(List<String> where, Map<String, Object> parameters, String condition, String name,
                                  Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String lower(String text) {
        String trimmed = blankless(text);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }
}
