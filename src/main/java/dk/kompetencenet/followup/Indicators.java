package dk.kompetencenet.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.followup.Indicator.Section;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * Measures the strategy's indicators for the whole municipality, from the initiative board (each initiative: in place
 * and under way, out of the institutions it concerns) and the capacity overview. Labels are written in Danish, the
 * report's language, as they read on the day.
 */
@ApplicationScoped
public class Indicators {

    private static final Locale DANISH = Texts.DANISH;

    @Inject
    private BoardService board;

    @Inject
    private OverviewService overview;

    public List<Indicator> measure() {
        List<Indicator> indicators = new ArrayList<>();
        int order = 0;
        for (BoardService.InitiativeTally t : board.tallies(new BoardService.Filter(null, null))) {
            BoardService.Column c = t.initiative();
            String name = c.code() + " " + c.title();
            indicators.add(Indicator.of("initiative." + c.initiativeId() + ".inPlace", Section.INITIATIVE,
                    c.focusAreaId(), ++order, text("indicator.inPlace", name), t.inPlace(), (double) t.relevant()));
            indicators.add(Indicator.of("initiative." + c.initiativeId() + ".underWay", Section.INITIATIVE,
                    c.focusAreaId(), ++order, text("indicator.underWay", name), t.underWay(), (double) t.relevant()));
        }
        OverviewService.Figures f = overview.municipality(null);
        OverviewService.Coverage coverage = f.coverage();
        indicators.add(capacity("coverage.withSupervisor", ++order, text("indicator.withSupervisor"),
                coverage.single() + coverage.covered(), (double) f.institutionCount()));
        indicators.add(capacity("coverage.trained", ++order, text("indicator.trained"), coverage.trained(), null));
        indicators.add(capacity("coverage.inTraining", ++order, text("indicator.inTraining"), coverage.inTraining(),
                null));
        String framework = f.framework().getSeedKey() == null ? String.valueOf(f.framework().getId())
                : f.framework().getSeedKey();
        for (OverviewService.AreaLevel level : f.levels()) {
            CompetenceArea area = level.area();
            String areaName = area.getCode() + " " + area.in(DANISH);
            if (level.averageRank() != null) { // no one rated in the area: unknown, not a level of 0
                indicators.add(capacity("level." + framework + "." + area.getCode() + ".average", ++order,
                        text("indicator.averageLevel", areaName), level.averageRank(), null));
            }
            indicators.add(capacity("level." + framework + "." + area.getCode() + ".atTarget", ++order,
                    text("indicator.atTarget", areaName), level.atTarget(), (double) level.withTarget()));
        }
        indicators.add(capacity("evaluation.rated", ++order, text("indicator.evaluationRated"), f.evaluationRated(),
                (double) f.staff()));
        indicators.add(capacity("data.rated", ++order, text("indicator.dataRated"), f.leadersDataRated(),
                (double) f.leaders()));
        for (OverviewService.Participation p : f.participation()) {
            indicators.add(capacity("participation." + p.kind().name(), ++order,
                    text("indicator.participation", Texts.get(DANISH, p.kind().labelKey())), p.present(),
                    (double) p.recorded()));
        }
        for (LocalDocumentService.Tally t : f.documents()) {
            indicators.add(capacity("documents." + t.kind().getKey() + ".adopted", ++order,
                    text("indicator.documentsAdopted", t.kind().name(DANISH)), t.adopted() + t.reviewOverdue(),
                    (double) t.required()));
        }
        Map<DevelopmentGoal.Status, Long> goals = f.goals();
        long activeGoals = goals.entrySet().stream().filter(e -> e.getKey() != DevelopmentGoal.Status.CANCELLED)
                .mapToLong(Map.Entry::getValue).sum();
        indicators.add(capacity("goals.done", ++order, text("indicator.goalsDone"),
                goals.getOrDefault(DevelopmentGoal.Status.DONE, 0L), (double) activeGoals));
        OverviewService.RoundTrend latest = f.rounds().stream().filter(OverviewService.RoundTrend::shown)
                .reduce((first, second) -> second).orElse(null);
        if (latest != null) {
            for (CompetenceArea area : f.framework().getAreas()) {
                Double average = latest.averageRankPerArea().get(area.getId());
                if (average != null) {
                    indicators.add(capacity("selfAssessment." + framework + "." + area.getCode(), ++order,
                            text("indicator.selfAssessment", area.getCode() + " " + area.in(DANISH)), average, null));
                }
            }
        }
        return indicators;
    }

    private static Indicator capacity(String code, int order, String label, double amount, Double total) {
        return Indicator.of(code, Section.CAPACITY, null, order, label, amount, total);
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(DANISH, key, arguments);
    }
}
