package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.overview.OverviewService.RoundTrend;

/**
 * Competence areas whose average self-assessed rank fell between the two latest closed rounds of the framework that
 * are shown (at least {@code kompetencenet.privacy.min-group} respondents in view): a round below the threshold is
 * passed over, never compared. Read from the overview's round trend, whose statements count in the database.
 */
final class FallenAreas {

    static final String KEY = "observation.areaFell";

    /** A competence area: its id and name. */
    record Area(Long id, Observation.Name name) {
    }

    private FallenAreas() {
    }

    /** The rounds oldest first, as the overview lists them; the framework's areas in order. */
    static List<Observation> from(List<RoundTrend> rounds, List<Area> areas) {
        List<RoundTrend> compared = rounds.stream()
                .filter(r -> r.status() == AssessmentRound.Status.CLOSED && r.shown()).toList();
        if (compared.size() < 2) {
            return List.of();
        }
        RoundTrend before = compared.get(compared.size() - 2);
        RoundTrend after = compared.get(compared.size() - 1);
        List<Observation> fallen = new ArrayList<>();
        for (Area area : areas) {
            Double was = before.averageRankPerArea().get(area.id());
            Double is = after.averageRankPerArea().get(area.id());
            if (was != null && is != null && is < was) {
                fallen.add(new Observation(KEY, List.<Serializable>of(area.name(),
                        was, is, before.name(), after.name(), before.respondents(), after.respondents()),
                        "/competence/round.xhtml", "id", after.roundId()));
            }
        }
        return fallen;
    }
}
