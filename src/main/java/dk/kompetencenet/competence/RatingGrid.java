package dk.kompetencenet.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.CompetenceService.Cell;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * A grid of ratings (people × competences) saved in one transaction, as {@link CompetenceService#rateGrid} offers it:
 * every cell checked first, one bad cell saves none and is named with its person and competence.
 */
@ApplicationScoped
@Transactional
class RatingGrid {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CompetenceService competences;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentLevels currentLevels;

    private final Clock clock = Clock.systemUTC();

    /** @return how many ratings were saved, in the assessor's name */
    int save(List<Cell> cells, LocalDate on, String assessor) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        if (cells == null || cells.isEmpty()) {
            throw new InvalidInputException(Problem.inField("cells", "competence.error.emptyGrid"));
        }
        currentLevels.serialise(cells.stream().map(Cell::employeeId).toList());
        Map<Long, Employee> people = new HashMap<>();
        Map<Long, Competence> competencesById = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String where = "cells[" + i + "]";
            Employee person = people.computeIfAbsent(cell.employeeId(), this::rateable);
            Competence competence = competencesById.computeIfAbsent(cell.competenceId(),
                    id -> id == null ? null : em.find(Competence.class, id));
            if (person == null) {
                problems.add(Problem.inField(where, "competence.error.unknownPerson", cell.employeeId()));
                continue;
            }
            if (competence == null) {
                problems.add(Problem.inField(where, "competence.error.unknownCompetence", cell.competenceId()));
                continue;
            }
            Optional<ProficiencyLevel> level = competence.getArea().getFramework().level(cell.level());
            if (level.isEmpty()) {
                problems.add(Problem.inField(where, "competence.error.badCell", person.getFullName(),
                        competence.getCode(), String.valueOf(cell.level())));
                continue;
            }
            LocalDate day = on == null ? CompetenceService.today() : on;
            writes.add(() -> em.persist(new Assessment(person, competence, level.get(), Assessment.Kind.RATING,
                    assessor, day, clock.instant(), null, null, null)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writes.forEach(Runnable::run);
        em.flush();
        currentLevels.refresh(people.keySet(), competencesById.keySet());
        audit.record("RATE_GRID", "Assessment", null, cells.size() + " ratings");
        return cells.size();
    }

    private Employee rateable(Long id) {
        try {
            return competences.rateable(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
