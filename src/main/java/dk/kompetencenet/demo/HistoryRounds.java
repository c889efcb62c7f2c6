package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.ProficiencyLevel;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.demo.DemoStaff.Person;

/**
 * The demo's self-assessment rounds on DigCompEdu over every demo institution: closed ones answered by most of the
 * staff, a little higher each time, and an open one under way, which the demo employee has begun and not finished.
 */
@ApplicationScoped
class HistoryRounds {

    /** How many competences the demo employee has answered in the open round. */
    static final int BEGUN = 7;
    /** A person's self-assessment is this much above or below their ability in each of the six areas. */
    private static final double[] AREA = {0.3, 0.1, -0.2, 0.0, -0.4, -0.3};

    @Inject
    private RoundService rounds;

    @Inject
    private CompetenceService competences;

    /** A round answered by a share of the staff (the demo employee always) and closed at its end. */
    void closed(DemoStaff staff, LocalDate opens, LocalDate closes, int step, double share) {
        Long id = open(staff, opens, closes);
        Framework framework = digCompEdu();
        for (Person person : staff.all()) {
            if (person.email().equals(DemoStaff.EMPLOYEE) || staff.chance(share)) {
                rounds.answerFor(id, person.id(), answers(staff, framework, person, step, Integer.MAX_VALUE),
                        staff.at(day(staff, opens, closes), staff.random.nextInt(8, 20)));
            }
        }
        rounds.closeFor(id, staff.at(closes, 16));
    }

    /** The round open now, answered so far by a share of the staff; the demo employee has begun it. */
    void open(DemoStaff staff, LocalDate opens, LocalDate closes, int step, double share) {
        Long id = open(staff, opens, closes);
        Framework framework = digCompEdu();
        LocalDate yesterday = staff.today.minusDays(1);
        for (Person person : staff.all()) {
            boolean employee = person.email().equals(DemoStaff.EMPLOYEE);
            if (employee || staff.chance(share)) {
                rounds.answerFor(id, person.id(), answers(staff, framework, person, step,
                        employee ? BEGUN : Integer.MAX_VALUE), staff.at(day(staff, opens, yesterday), 8));
            }
        }
    }

    private Long open(DemoStaff staff, LocalDate opens, LocalDate closes) {
        String name = "Selvevaluering " + (opens.getMonthValue() <= 6 ? "forår " : "efterår ") + opens.getYear();
        return rounds.open(name, digCompEdu().getId(), new HashSet<>(staff.institutionIds.values()), opens, closes)
                .getId();
    }

    /** A weekday in the round's period, after its first days (so the weekday is never before it opens). */
    private static LocalDate day(DemoStaff staff, LocalDate opens, LocalDate last) {
        long days = Math.max(1, ChronoUnit.DAYS.between(opens.plusDays(2), last));
        return DemoStaff.weekday(opens.plusDays(2 + staff.random.nextLong(days)));
    }

    /** Levels for the first {@code max} competences: around the person's ability, higher by a third a round. */
    private static Map<Long, String> answers(DemoStaff staff, Framework framework, Person person, int step, int max) {
        Map<Long, String> answers = new LinkedHashMap<>();
        List<Competence> all = framework.competences();
        for (int i = 0; i < Math.min(max, all.size()); i++) {
            Competence c = all.get(i);
            double rank = person.ability() + 0.35 * step + AREA[c.getArea().getSortOrder() % AREA.length]
                    + staff.random.nextGaussian() * 0.5;
            answers.put(c.getId(), level(framework, rank).getCode());
        }
        return answers;
    }

    /** The framework's level nearest to a rank, within its scale. */
    static ProficiencyLevel level(Framework framework, double rank) {
        List<ProficiencyLevel> levels = framework.getLevels().stream()
                .sorted(Comparator.comparingInt(ProficiencyLevel::getRank)).toList();
        int r = (int) Math.max(1, Math.min(levels.size(), Math.round(rank)));
        return levels.get(r - 1);
    }

    Framework digCompEdu() {
        return competences.framework(competences.bySeedKey(CompetenceData.DIGCOMPEDU).orElseThrow().getId());
    }
}
