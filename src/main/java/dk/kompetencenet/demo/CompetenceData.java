package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.demo.Reference.Framework;
import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.strategy.InitiativeSector;

/**
 * Competence data over every institution: three self-assessment rounds on DigCompEdu (two closed, one open) answered
 * by most staff on every competence, rising a little from round to round; formal ratings for a share of the staff
 * (some rated twice, so only the latest counts), evaluation-competence ratings with their evidence, leaders'
 * data-competence ratings, and development goals.
 */
final class CompetenceData {

    static final String DIGCOMPEDU = "digcompedu";
    static final String EVALUATION = "evaluering";
    static final String LEADERS_DATA = "ledelse-data";

    /** Staff are stronger in some DigCompEdu areas than in others. */
    private static final double[] AREA_OFFSET = {0.2, 0.1, -0.1, -0.4, 0.0, -0.3};

    private static final List<String> INSTRUMENTS = List.of("Spørgeskema til forældre", "Observationsskema",
            "Elevsamtaler", "Trivselsmåling", "Logbog i teamet", "Exit tickets", "Billeddokumentation");
    private static final List<String> TOOLS = List.of("Microsoft Forms", "SurveyXact", "Excel", "Aula", "Padlet",
            "Google Formularer");
    private static final List<String> REFLECTIONS = List.of(
            "Data viste, at børnene deltog mere, når de selv kunne vælge redskab.",
            "Forældrenes svar gav os et nyt blik på samarbejdet om skærmtid.",
            "Vi justerede forløbet efter første måling og så en tydelig fremgang.",
            "Observationerne viste, at de yngste har brug for mere tid med redskaberne.");
    private static final List<String> GOALS = List.of(
            "Bruge digitale redskaber til dokumentation af børnenes læring",
            "Afprøve programmering med Bee-Bots i en aldersgruppe",
            "Lave et forløb om digital dannelse med en klasse",
            "Bruge data fra trivselsmålingen i teamets arbejde",
            "Blive fortrolig med Aula i forældresamarbejdet",
            "Evaluere et forløb med et digitalt spørgeskema",
            "Dele erfaringer fra netværket med kollegerne",
            "Lave et forløb om kildekritik og kunstig intelligens",
            "Inddrage børnenes egne billeder og film i projektarbejdet",
            "Sætte mål for digitale kompetencer i teamets årsplan");

    private final MunicipalityGenerator g;
    private final Framework digCompEdu;
    private final List<LocalDate> opens;

    CompetenceData(MunicipalityGenerator generator) {
        this.g = generator;
        this.digCompEdu = generator.reference.framework(DIGCOMPEDU);
        LocalDate today = generator.today;
        this.opens = List.of(MunicipalityGenerator.weekday(today.minusMonths(20)),
                MunicipalityGenerator.weekday(today.minusMonths(8)), MunicipalityGenerator.weekday(today.minusDays(14)));
    }

    /** Three rounds over every institution, oldest first; the newest is still open. */
    int rounds() {
        for (int r = 0; r < opens.size(); r++) {
            boolean open = r == opens.size() - 1;
            LocalDate from = opens.get(r);
            LocalDate closes = open ? g.today.plusDays(30) : from.plusWeeks(6);
            String name = "Selvevaluering " + (from.getMonthValue() <= 6 ? "forår " : "efterår ") + from.getYear();
            long id = g.rows.id();
            g.round.add(id, 0L, name, digCompEdu.id(), from, closes,
                    open ? AssessmentRound.Status.OPEN : AssessmentRound.Status.CLOSED,
                    open ? null : g.instant(closes, 16));
            for (Reference.Site site : g.sites) {
                g.roundInstitution.add(id, site.id());
            }
            g.audit("OPEN", "AssessmentRound", id, name + ", " + g.sites.size() + " institutions");
            answers(id, r, from, open ? g.today : closes, open ? 0.55 : 0.88);
            if (!open) {
                g.audit("CLOSE", "AssessmentRound", id, name);
            }
        }
        return opens.size();
    }

    /** A share of the staff answer every competence, on one day of the round's period. */
    private void answers(long roundId, int r, LocalDate from, LocalDate to, double share) {
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (Person person : g.people) {
            if (!g.chance(share)) {
                continue;
            }
            LocalDate day = from.plusDays(g.random.nextInt(days));
            var at = g.instant(day, g.between(8, 20));
            double level = g.ability.get(person.id()) + 0.3 * r;
            for (long[] competence : digCompEdu.competences()) {
                g.roundAnswer.add(g.rows.id(), roundId, person.id(), competence[0],
                        level(digCompEdu, level + AREA_OFFSET[(int) competence[1] % AREA_OFFSET.length], 0.6), at);
            }
        }
    }

    /** Formal ratings and development goals; returns the number of ratings. */
    long ratingsAndGoals() {
        Framework evaluation = g.reference.frameworks().get(EVALUATION);
        Framework leadersData = g.reference.frameworks().get(LEADERS_DATA);
        for (Person person : g.people) {
            if (g.chance(0.18)) {
                rateDigCompEdu(person);
            }
            if (evaluation != null && person.role() != JobRole.PAEDAGOGMEDHJAELPER
                    && person.role() != JobRole.DAGPLEJER && g.chance(0.25)) {
                rateEvaluation(person, evaluation);
            }
            if (leadersData != null && person.role() == JobRole.LEDER && g.chance(0.6)) {
                LocalDate on = MunicipalityGenerator.weekday(g.today.minusDays(g.between(20, 400)));
                for (long[] competence : some(leadersData, g.between(2, 4))) {
                    rating(person, competence[0], level(leadersData, 2.3, 0.8), on, "koordinator", null, null, null,
                            null);
                }
            }
            if (g.chance(0.12)) {
                goals(person);
            }
        }
        return g.assessment.written();
    }

    /** Every DigCompEdu competence between the first two rounds; four in ten again lately, a little higher. */
    private void rateDigCompEdu(Person person) {
        LocalDate first = MunicipalityGenerator.weekday(opens.get(1).minusDays(g.between(20, 80)));
        LocalDate again = g.chance(0.4) ? MunicipalityGenerator.weekday(g.today.minusDays(g.between(10, 120))) : null;
        double level = g.ability.get(person.id()) + 0.1;
        for (long[] competence : digCompEdu.competences()) {
            double area = level + AREA_OFFSET[(int) competence[1] % AREA_OFFSET.length];
            rating(person, competence[0], level(digCompEdu, area, 0.5), first, g.assessorOf(person), null, null, null,
                    null);
            if (again != null) {
                rating(person, competence[0], level(digCompEdu, area + 0.4, 0.5), again, g.assessorOf(person), null,
                        null, null, null);
            }
        }
    }

    /** One to three evaluation competences, each with the evidence that shows it in practice. */
    private void rateEvaluation(Person person, Framework evaluation) {
        LocalDate on = MunicipalityGenerator.weekday(g.today.minusDays(g.between(15, 500)));
        double level = 1.6 + (g.ability.get(person.id()) - 2.5) * 0.8;
        for (long[] competence : some(evaluation, g.between(1, 3))) {
            rating(person, competence[0], level(evaluation, level, 0.7), on, g.assessorOf(person),
                    g.pick(INSTRUMENTS), g.pick(List.of(Assessment.DataType.values())), g.pick(TOOLS),
                    g.pick(REFLECTIONS));
        }
    }

    private void rating(Person person, long competenceId, long levelId, LocalDate on, String assessor,
                        String instrument, Assessment.DataType dataType, String tool, String reflection) {
        g.assessment.add(g.rows.id(), person.id(), competenceId, levelId, Assessment.Kind.RATING, assessor, on,
                g.instant(on, g.between(9, 15)), null, null, instrument, dataType, tool, reflection);
    }

    private void goals(Person person) {
        List<Long> initiatives = new ArrayList<>(g.reference.initiatives().get(person.home().sector()));
        initiatives.addAll(g.reference.initiatives().get(InitiativeSector.BOTH));
        for (int i = g.between(1, 2); i > 0; i--) {
            double r = g.random.nextDouble();
            DevelopmentGoal.Status status = r < 0.3 ? DevelopmentGoal.Status.PLANNED
                    : r < 0.7 ? DevelopmentGoal.Status.IN_PROGRESS
                    : r < 0.95 ? DevelopmentGoal.Status.DONE : DevelopmentGoal.Status.CANCELLED;
            Long initiative = initiatives.isEmpty() || g.chance(0.3) ? null : g.pick(initiatives);
            long id = g.rows.id();
            g.goal.add(id, 0L, person.id(), g.pick(GOALS), g.pick(digCompEdu.competences())[0], initiative,
                    g.today.plusDays(g.between(-200, 300)), status);
            g.audit("PLAN_GOAL", "Employee", person.id(), "goal " + id);
        }
    }

    /** Some different competences of a framework. */
    private List<long[]> some(Framework framework, int n) {
        List<long[]> all = new ArrayList<>(framework.competences());
        Collections.shuffle(all, g.random);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The id of the framework's level nearest to a rank, with some spread; ranks start at 1. */
    private long level(Framework framework, double rank, double spread) {
        int levels = framework.levels().size();
        long r = Math.round(rank + g.random.nextGaussian() * spread);
        return framework.levels().get((int) Math.max(1, Math.min(levels, r)) - 1);
    }
}
