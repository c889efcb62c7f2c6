package dk.kompetencenet.competence.web;

import java.util.List;
import java.util.Locale;

import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.ProficiencyLevel;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.Chart;

/** What every chart of a framework's levels shares: the areas' short labels and the level axis (1 = lowest). */
public final class LevelCharts {

    private static final int LABEL_LENGTH = 28;

    private LevelCharts() {
    }

    /** An area's code and name, cut to fit under a chart on a phone ("1 Faglig …"); the table gives it whole. */
    public static String areaLabel(CompetenceArea area, Locale locale) {
        String label = area.getCode() + " " + area.in(locale);
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    /** The level axis of a framework: from 0 to its top level, titled with the lowest and highest level's codes. */
    public static Chart.Axis levelAxis(Framework framework, Locale locale) {
        List<ProficiencyLevel> levels = framework.getLevels();
        if (levels.isEmpty()) {
            return new Chart.Axis(Texts.get(locale, "chart.level"), null);
        }
        ProficiencyLevel top = levels.get(levels.size() - 1);
        return new Chart.Axis(Texts.get(locale, "chart.levelAxis", levels.get(0).getCode(), top.getRank(),
                top.getCode()), (double) top.getRank());
    }
}
