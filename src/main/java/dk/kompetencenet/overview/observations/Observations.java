package dk.kompetencenet.overview.observations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * "Det viser data": the observations for the overview of the municipality (coordinators) or of one institution in the
 * caller's scope, in a fixed order of kinds. The overview's figures come along for the round trend they already hold.
 */
@ApplicationScoped
@Transactional
public class Observations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private LoneSupervisors loneSupervisors;

    @Inject
    private IdleInitiatives idleInitiatives;

    @Inject
    private FallingAttendance fallingAttendance;

    /** For the overview whose figures these are: the municipality's ({@code institutionId} null) or one institution's. */
    public List<Observation> of(Long institutionId, OverviewService.Figures figures) {
        List<Long> ids;
        if (institutionId == null) {
            caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
            ids = em.createQuery("select i.id from Institution i where i.active = :active", Long.class)
                    .setParameter("active", Boolean.TRUE).getResultList();
        } else {
            caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
            ids = List.of(institutions.get(institutionId).getId());
        }
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        List<Observation> all = new ArrayList<>(loneSupervisors.in(ids, today));
        all.addAll(FallenAreas.from(figures.rounds(), figures.framework().getAreas().stream().map(a ->
                new FallenAreas.Area(a.getId(), new Observation.Name(a.danish(), a.english()))).toList()));
        all.addAll(idleInitiatives.in(new HashSet<>(ids), today));
        all.addAll(fallingAttendance.in(ids));
        return all;
    }
}
