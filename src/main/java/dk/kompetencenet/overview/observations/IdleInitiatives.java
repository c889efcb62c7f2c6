package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Progress;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Initiatives of the strategy in force that no institution in view has started, a year or more after the strategy
 * began: "started" as the board derives it from the records (a document, a supervisor, training, network membership,
 * attendance, assessments, goals, experiments or equipment; see {@link dk.kompetencenet.overview.Evidence}). The
 * board's fixed number of grouped counts, for every institution at once.
 */
@ApplicationScoped
public class IdleInitiatives {

    static final String KEY = "observation.initiativeIdle";

    @Inject
    private BoardService board;

    @Inject
    private StrategyService strategies;

    /**
     * For the institutions, on the reference day (the overview passes today; a test passes a day a year after the
     * strategy's start so that it needs no strategy of its own and changes no shared data).
     */
    public List<Observation> in(Set<Long> ids, LocalDate today) {
        LocalDate start = strategies.current().map(Strategy::getStartDate).orElse(null);
        if (start == null || start.plusYears(1).isAfter(today)) {
            return List.of();
        }
        BoardService.Filter all = new BoardService.Filter(null, null);
        List<BoardService.Column> columns = board.columns(all);
        List<BoardService.Row> rows = board.page(all, columns, 0, Integer.MAX_VALUE).stream()
                .filter(r -> ids.contains(r.institutionId())).toList();
        return from(columns, rows, ChronoUnit.MONTHS.between(start, today));
    }

    /** The columns no row has under way or in place, of those with at least one row it applies to. */
    static List<Observation> from(List<BoardService.Column> columns, List<BoardService.Row> rows, long months) {
        List<Observation> idle = new ArrayList<>();
        for (BoardService.Column column : columns) {
            long relevant = 0;
            boolean started = false;
            for (BoardService.Row row : rows) {
                Progress progress = row.cell(column.initiativeId()).progress();
                relevant += progress == Progress.NOT_RELEVANT ? 0 : 1;
                started |= progress == Progress.UNDER_WAY || progress == Progress.IN_PLACE;
            }
            if (relevant > 0 && !started) {
                idle.add(new Observation(KEY, List.<Serializable>of(column.code(), column.title(), relevant, months),
                        "/strategy/initiative.xhtml", "id", column.initiativeId()));
            }
        }
        return idle;
    }
}
