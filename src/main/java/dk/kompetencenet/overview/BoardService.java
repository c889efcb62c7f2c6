package dk.kompetencenet.overview;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The initiative × institution board: every initiative of the strategy in force against every institution in the
 * caller's scope, each cell's progress derived from the records linked to the initiative. A page of institutions costs
 * the same few queries (the columns, the page, and the ten grouped counts of {@link EvidenceCounts}, which count for
 * every institution at once) whatever its size and the number of records.
 */
@ApplicationScoped
@Transactional
public class BoardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private StrategyService strategies;

    /** Which cells to show: institutions of one sector, initiatives of one focus area (both optional). */
    public record Filter(Sector sector, Long focusAreaId) {
    }

    /** One initiative: its number in the strategy (focus area.initiative), text, sector and what it asks for. */
    public record Column(Long initiativeId, String code, String title, InitiativeSector sector, Long focusAreaId,
                         Map<Sector, Evidence.Criterion> criteria) implements Serializable {
    }

    public record Cell(Progress progress, Evidence evidence) implements Serializable {
    }

    /** One institution with a cell per column. */
    public record Row(Long institutionId, String institution, InstitutionType type, Map<Long, Cell> cells) implements Serializable {

        public Cell cell(Long initiativeId) {
            return cells.get(initiativeId);
        }
    }

    /** One initiative across every institution in view: how many are in place, under way, not yet started. */
    public record InitiativeTally(Column initiative, long inPlace, long underWay, long nothingYet) {

        public long relevant() {
            return inPlace + underWay + nothingYet;
        }

        public int percentInPlace() {
            return relevant() == 0 ? 0 : (int) Math.round(100.0 * inPlace / relevant());
        }
    }

    /** The strategy's focus areas, for the filter. */
    public List<FocusArea> focusAreas() {
        return strategies.current().map(s -> s.getFocusAreas()).orElse(List.of());
    }

    /** The initiatives of the strategy in force, in the strategy's order, with what each asks of an institution. */
    public List<Column> columns(Filter filter) {
        requireReader();
        Map<Long, Map<Sector, Integer>> documentsPerInitiative = new HashMap<>();
        for (Object[] r : em.createQuery("select i.id, k.forDagtilbud, k.forSkole from DocumentKind k"
                + " join k.initiatives i", Object[].class).getResultList()) {
            Map<Sector, Integer> required = documentsPerInitiative.computeIfAbsent((Long) r[0], k -> new HashMap<>());
            if ((Boolean) r[1]) {
                required.merge(Sector.DAGTILBUD, 1, Integer::sum);
            }
            if ((Boolean) r[2]) {
                required.merge(Sector.SKOLE, 1, Integer::sum);
            }
        }
        Set<Long> supervisorInitiatives = new HashSet<>(em.createQuery("select distinct i.id from Programme p"
                + " join p.initiatives i where p.grantsDesignation is not null", Long.class).getResultList());
        List<Column> columns = new ArrayList<>();
        for (FocusArea area : focusAreas()) {
            if (filter.focusAreaId() != null && !filter.focusAreaId().equals(area.getId())) {
                continue;
            }
            for (Initiative i : area.getInitiatives()) {
                if (filter.sector() != null && !i.getSector().appliesTo(filter.sector())) {
                    continue;
                }
                Map<Sector, Evidence.Criterion> criteria = new LinkedHashMap<>();
                for (Sector sector : Sector.values()) {
                    criteria.put(sector, new Evidence.Criterion(documentsPerInitiative.getOrDefault(i.getId(),
                            Map.of()).getOrDefault(sector, 0), supervisorInitiatives.contains(i.getId())));
                }
                columns.add(new Column(i.getId(), area.getSortOrder() + "." + i.getSortOrder(), i.getTitle(),
                        i.getSector(), area.getId(), criteria));
            }
        }
        columns.sort(Comparator.comparing(Column::code, Comparator.comparing(BoardService::sortKey)));
        return columns;
    }

    private static String sortKey(String code) {
        String[] parts = code.split("\\.");
        return String.format("%04d.%04d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Every initiative counted over every institution in view: the board's columns summed up, same few queries. */
    public List<InitiativeTally> tallies(Filter filter) {
        List<Column> columns = columns(filter);
        Map<Long, long[]> counts = new HashMap<>();
        for (Row row : page(filter, columns, 0, Integer.MAX_VALUE)) {
            row.cells().forEach((initiative, cell) -> {
                long[] c = counts.computeIfAbsent(initiative, k -> new long[3]);
                switch (cell.progress()) {
                    case IN_PLACE -> c[0]++;
                    case UNDER_WAY -> c[1]++;
                    case NOTHING_YET -> c[2]++;
                    default -> { }
                }
            });
        }
        return columns.stream().map(c -> {
            long[] n = counts.getOrDefault(c.initiativeId(), new long[3]);
            return new InitiativeTally(c, n[0], n[1], n[2]);
        }).toList();
    }

    public long count(Filter filter) {
        return institutions("select count(i) from Institution i", filter, Long.class, "").getSingleResult();
    }

    /** A page of institutions (their id, name and type only: no entities) with a cell per column. */
    public List<Row> page(Filter filter, List<Column> columns, int first, int max) {
        List<Object[]> page = institutions("select i.id, i.name, i.type from Institution i", filter, Object[].class,
                " order by i.name").setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        EvidenceCounts evidence = EvidenceCounts.count(em, LocalDate.now(Zones.COPENHAGEN));
        return page.stream().map(institution -> {
            Long id = (Long) institution[0];
            InstitutionType type = (InstitutionType) institution[2];
            Map<Long, Cell> cells = new LinkedHashMap<>();
            Sector sector = type.sector();
            for (Column column : columns) {
                if (!column.sector().appliesTo(sector)) {
                    cells.put(column.initiativeId(), new Cell(Progress.NOT_RELEVANT, Evidence.NONE));
                    continue;
                }
                Evidence e = evidence.of(id, column.initiativeId());
                cells.put(column.initiativeId(), new Cell(e.progress(column.criteria().get(sector)), e));
            }
            return new Row(id, (String) institution[1], type, cells);
        }).toList();
    }

    private <T> TypedQuery<T> institutions(String select, Filter filter, Class<T> type, String tail) {
        requireReader();
        List<String> where = new ArrayList<>(List.of("i.active = :active"));
        Map<String, Object> parameters = new HashMap<>(Map.of("active", Boolean.TRUE));
        if (filter.sector() != null) {
            where.add("i.type in :types");
            parameters.put("types", java.util.Arrays.stream(InstitutionType.values())
                    .filter(t -> t.sector() == filter.sector()).toList());
        }
        if (!caller.seesAllInstitutions()) {
            where.add("i.id in :scope");
            parameters.put("scope", caller.institutionIds().isEmpty() ? List.of(-1L)
                    : List.copyOf(caller.institutionIds()));
        }
        TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", where) + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private void requireReader() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
    }
}
