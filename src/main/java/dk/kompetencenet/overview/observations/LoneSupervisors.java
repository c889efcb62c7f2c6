package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.Expiry;

/**
 * Institutions whose only supervisor (one person with an active designation) has every active designation ending
 * within {@link Expiry#WARNING_DAYS} days: one grouped statement.
 */
@ApplicationScoped
public class LoneSupervisors {

    static final String KEY = "observation.loneSupervisor";

    @PersistenceContext
    private EntityManager em;

    List<Observation> in(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i.id, i.name, max(d.validTo) from Designation d join d.institution i"
                        + " where i.id in :ids and " + Designation.activeOnJpql("d") + " group by i.id, i.name"
                        + " having count(distinct d.employee.id) = 1 and count(d.validTo) = count(d)"
                        + " and max(d.validTo) <= :limit order by max(d.validTo), i.name", Object[].class)
                .setParameter("ids", ids).setParameter("today", today)
                .setParameter("limit", today.plusDays(Expiry.WARNING_DAYS)).getResultStream()
                .map(r -> observation((Long) r[0], (String) r[1], (LocalDate) r[2], today)).toList();
    }

    static Observation observation(Long institutionId, String institution, LocalDate ends, LocalDate today) {
        Date day = Date.from(ends.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return new Observation(KEY, List.<Serializable>of(institution, day, ChronoUnit.DAYS.between(today, ends)),
                "/training/designations.xhtml", "institution", institutionId);
    }
}
