package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.ProficiencyLevel;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.Chart;
import dk.kompetencenet.platform.web.LocaleBacking;

/**
 * A person's profile per area of a framework, as SELFIE for TEACHERS shows it: the average of their latest
 * self-assessments, of their formal ratings and their target, each on the level scale. An area where nothing is known
 * (no competence rated, say) is unknown, not 0: its table cell says so and the radar draws no point there.
 */
@Named
@RequestScoped
public class ProfileRadar {

    @Inject
    private LocaleBacking localeBacking;

    /** One area: average self-assessed, rated and target rank over its competences with one; null where none. */
    public record AreaStanding(CompetenceArea area, Double self, Double rated, Double target) implements Serializable {
    }

    /** Per area of the framework, in its order, from the person's standings on its competences. */
    public List<AreaStanding> areas(List<CompetenceService.Standing> standings, Framework framework) {
        if (framework == null) {
            return List.of();
        }
        return framework.getAreas().stream().map(area -> {
            List<CompetenceService.Standing> in = standings.stream()
                    .filter(s -> s.competence().getArea().getId().equals(area.getId())).toList();
            return new AreaStanding(area, average(in, CompetenceService.Standing::self),
                    average(in, CompetenceService.Standing::rated), average(in, CompetenceService.Standing::target));
        }).toList();
    }

    /** The radar: self-assessment, rating and target per area. */
    public Chart chart(List<CompetenceService.Standing> standings, Framework framework) {
        List<AreaStanding> areas = areas(standings, framework);
        var locale = localeBacking.getLocale();
        return new Chart(Chart.Kind.RADAR, areas.stream().map(a -> LevelCharts.areaLabel(a.area(), locale)).toList(),
                List.of(new Chart.Series(Texts.get(locale, "profile.self"), areas.stream().map(AreaStanding::self).toList()),
                        new Chart.Series(Texts.get(locale, "profile.rated"), areas.stream().map(AreaStanding::rated).toList()),
                        new Chart.Series(Texts.get(locale, "profile.target"), areas.stream().map(AreaStanding::target).toList())),
                LevelCharts.levelAxis(framework, locale));
    }

    private static Double average(List<CompetenceService.Standing> standings,
                                  Function<CompetenceService.Standing, ProficiencyLevel> level) {
        OptionalDouble average = standings.stream().map(level).filter(Objects::nonNull)
                .mapToInt(ProficiencyLevel::getRank).average();
        return average.isPresent() ? average.getAsDouble() : null;
    }
}
