package dk.kompetencenet.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.security.Caller;

/**
 * The filters the lists of experiments and equipment share, as JPQL conditions with bound parameters. Binding is
 * forced: where EclipseLink writes values into the SQL itself it writes true as 1, which Derby refuses for a BOOLEAN.
 */
final class Where {

    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private boolean joinsInitiatives;

    Where(String alias) {
        this.alias = alias;
    }

    /** A condition with its parameters, given as name, value, name, value, ... */
    Where and(String condition, Object... namesAndValues) {
        conditions.add(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    Where institution(Long institutionId) {
        return institutionId == null ? this : and(alias + ".institution.id = :institution", "institution",
                institutionId);
    }

    Where sector(Sector sector) {
        return sector == null ? this : and(alias + ".institution.type in :types", "types",
                Arrays.stream(InstitutionType.values()).filter(t -> t.sector() == sector).toList());
    }

    /** Only records linked to the initiative (a join, so that the initiative's index serves it). */
    Where initiative(Long initiativeId) {
        if (initiativeId == null) {
            return this;
        }
        joinsInitiatives = true;
        return and("fi.id = :initiative", "initiative", initiativeId);
    }

    /** Records of the caller's institutions only, unless they see every institution. */
    Where scope(Caller caller) {
        return caller.seesAllInstitutions() ? this
                : and(alias + ".institution.id in :scope", "scope", institutionsOf(caller));
    }

    /** The caller's institutions, never empty (an empty IN list is not portable SQL). */
    static List<Long> institutionsOf(Caller caller) {
        return caller.institutionIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.institutionIds());
    }

    /** The entity and, where filtered by initiative, the join to its initiatives. */
    String from(String entity) {
        return " from " + entity + " " + alias + (joinsInitiatives ? " join " + alias + ".initiatives fi" : "");
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type).setHint("eclipselink.jdbc.bind-parameters", "true");
        parameters.forEach(query::setParameter);
        return query;
    }
}
