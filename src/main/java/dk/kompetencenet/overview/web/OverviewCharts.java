package dk.kompetencenet.overview.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.web.LevelCharts;
import dk.kompetencenet.overview.MonthlyAttendance;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.Chart;
import dk.kompetencenet.platform.web.LocaleBacking;

/**
 * The overview's charts, from its figures (no query of their own): levels against targets per area, the
 * self-assessment rounds in order with the average per area (nothing drawn for a round answered by fewer than the
 * minimum group, nor for an area no one answered), and attendance per month.
 */
@Named
@RequestScoped
public class OverviewCharts {

    @Inject
    private LocaleBacking localeBacking;

    /** Current average level and average target per area; unknown (no point) where no one is rated. */
    public Chart levels(OverviewService.Figures f) {
        Locale locale = localeBacking.getLocale();
        List<OverviewService.AreaLevel> levels = f.levels();
        return new Chart(Chart.Kind.BAR, levels.stream().map(l -> LevelCharts.areaLabel(l.area(), locale)).toList(),
                List.of(new Chart.Series(Texts.get(locale, "overview.averageLevel"),
                                levels.stream().map(OverviewService.AreaLevel::averageRank).toList()),
                        new Chart.Series(Texts.get(locale, "overview.averageTarget"),
                                levels.stream().map(OverviewService.AreaLevel::averageTargetRank).toList())),
                LevelCharts.levelAxis(f.framework(), locale));
    }

    /** One line per area across the rounds, oldest first. */
    public Chart trend(OverviewService.Figures f) {
        Locale locale = localeBacking.getLocale();
        List<OverviewService.RoundTrend> rounds = f.rounds();
        return new Chart(Chart.Kind.LINE, rounds.stream().map(OverviewService.RoundTrend::name).toList(),
                f.framework().getAreas().stream().map(a -> new Chart.Series(LevelCharts.areaLabel(a, locale),
                        rounds.stream().map(r -> average(r, a)).toList())).toList(),
                LevelCharts.levelAxis(f.framework(), locale));
    }

    /** People present at network and at theme meetings, per month. */
    public Chart attendance(OverviewService.Figures f) {
        Locale locale = localeBacking.getLocale();
        List<MonthlyAttendance.Month> months = f.attendanceByMonth();
        return new Chart(Chart.Kind.BAR, months.stream().map(m -> month(m.month())).toList(),
                List.of(new Chart.Series(Texts.get(locale, "chart.presentNetwork"),
                                months.stream().map(m -> (double) m.networkPresent()).toList()),
                        new Chart.Series(Texts.get(locale, "chart.presentTheme"),
                                months.stream().map(m -> (double) m.themePresent()).toList())),
                new Chart.Axis(Texts.get(locale, "chart.people"), null));
    }

    /** A round's average in an area, or unknown (hidden below the minimum group, or no answer in the area). */
    public Double average(OverviewService.RoundTrend round, CompetenceArea area) {
        return round.shown() ? round.averageRankPerArea().get(area.getId()) : null;
    }

    /** A month as the tables and the chart name it ("jan. 2026", "Jan 2026"). */
    public String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", localeBacking.getLocale()));
    }
}
