package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.PlanService;
import dk.kompetencenet.demo.DemoStaff.Person;
import dk.kompetencenet.organisation.JobRole;

/**
 * Formal ratings by the demo's supervisors and leaders (each rates their own institution; the coordinator the rest),
 * a little below what people say of themselves and higher the second time, and development plans: the demo employee
 * has a goal due within days, one later and one done.
 */
@ApplicationScoped
class HistoryRatings {

    @Inject
    private CompetenceService competences;

    @Inject
    private PlanService plans;

    @Inject
    private HistoryRounds rounds;

    /** DigCompEdu ratings on one day for a share of the staff (the demo employee always), one grid per assessor. */
    void rate(DemoStaff staff, LocalDate on, int step, double share) {
        Framework framework = rounds.digCompEdu();
        Map<String, List<CompetenceService.Cell>> grids = new LinkedHashMap<>();
        for (Person person : staff.all()) {
            if (!person.email().equals(DemoStaff.EMPLOYEE) && !staff.chance(share)) {
                continue;
            }
            for (Competence c : framework.competences()) {
                double rank = person.ability() - 0.2 + 0.45 * step + staff.random.nextGaussian() * 0.45;
                grids.computeIfAbsent(assessor(person), k -> new ArrayList<>()).add(new CompetenceService.Cell(
                        person.id(), c.getId(), HistoryRounds.level(framework, rank).getCode()));
            }
        }
        grids.forEach((assessor, cells) -> competences.rateGridAs(assessor, cells, DemoStaff.weekday(on)));
    }

    /** Evaluation competences of some teachers and pædagoger, and leaders' data competences, rated lately. */
    void rateEvaluationAndData(DemoStaff staff, LocalDate on) {
        Framework evaluation = framework(CompetenceData.EVALUATION);
        Framework data = framework(CompetenceData.LEADERS_DATA);
        Map<String, List<CompetenceService.Cell>> grids = new LinkedHashMap<>();
        for (Person person : staff.all()) {
            boolean leader = person.role() == JobRole.LEDER;
            boolean teaching = person.role() == JobRole.LAERER || person.role() == JobRole.PAEDAGOG;
            if (leader || (teaching && staff.chance(0.5))) {
                Framework f = leader ? data : evaluation;
                String assessor = leader ? "koordinator" : assessor(person);
                for (Competence c : f.competences().subList(0, Math.min(3, f.competences().size()))) {
                    grids.computeIfAbsent(assessor, k -> new ArrayList<>()).add(new CompetenceService.Cell(person.id(),
                            c.getId(), HistoryRounds.level(f, 1.5 + staff.random.nextDouble() * 1.5).getCode()));
                }
            }
        }
        grids.forEach((assessor, cells) -> competences.rateGridAs(assessor, cells, DemoStaff.weekday(on)));
    }

    /** Who rates a person: the supervisor or leader of their institution, else the coordinator. */
    private static String assessor(Person person) {
        return switch (person.institution()) {
            case "Birkelyskolen" -> person.email().startsWith("jonas.") ? "leder.skole" : "vejleder.skole";
            case "Solsikken" -> person.email().startsWith("camilla.") ? "leder.dagtilbud" : "vejleder.dagtilbud";
            case "Fjordskolen" -> "leder.fjord";
            default -> "koordinator";
        };
    }

    /** The demo employee's plan, and goals for a third of the others in every status. */
    void goals(DemoStaff staff) {
        Framework framework = rounds.digCompEdu();
        List<Competence> all = framework.competences();
        Person employee = staff.get(DemoStaff.EMPLOYEE);
        goal(employee.id(), "Afprøve kildekritik med AI-værktøjer i 8. klasse og dele erfaringerne på fagteammødet",
                all.get(all.size() - 5), staff.today.plusDays(9), DevelopmentGoal.Status.IN_PROGRESS);
        goal(employee.id(), "Lave digitale evalueringsforløb med elevfeedback i dansk", all.get(9),
                staff.today.plusMonths(4), DevelopmentGoal.Status.PLANNED);
        goal(employee.id(), "Gennemføre kurset i digital dannelse", all.get(2), staff.today.minusMonths(2),
                DevelopmentGoal.Status.DONE);
        List<String> descriptions = List.of("Bruge Bee-Bots i små programmeringsforløb",
                "Lave en fælles mappe med digitale læringsforløb", "Dele erfaringer med Aula-beskeder til forældre",
                "Afprøve et digitalt evalueringsværktøj i praksis", "Følge op på netværkets aftaler i teamet");
        DevelopmentGoal.Status[] statuses = DevelopmentGoal.Status.values();
        for (Person person : staff.all()) {
            if (!person.email().equals(DemoStaff.EMPLOYEE) && staff.chance(0.35)) {
                DevelopmentGoal.Status status = statuses[staff.random.nextInt(statuses.length)];
                goal(person.id(), staff.pick(descriptions), staff.pick(all), staff.today.plusDays(
                        status == DevelopmentGoal.Status.DONE ? -staff.random.nextInt(20, 200)
                                : staff.random.nextInt(-20, 200)), status);
            }
        }
    }

    private void goal(Long employeeId, String description, Competence competence, LocalDate due,
                      DevelopmentGoal.Status status) {
        DevelopmentGoal goal = plans.add(employeeId, description, competence.getId(), null, due);
        if (status != DevelopmentGoal.Status.PLANNED) {
            plans.change(goal.getId(), goal.getVersion(), description, competence.getId(), null, due, status);
        }
    }

    private Framework framework(String key) {
        return competences.framework(competences.bySeedKey(key).orElseThrow().getId());
    }
}
