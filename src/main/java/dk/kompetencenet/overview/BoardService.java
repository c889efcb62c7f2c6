package dk.kompetencenet.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.training.EnrolmentStatus;

/**
 * The initiative × institution board: every initiative of the strategy in force against every institution in the
 * caller's scope, each cell's progress derived from the records linked to the initiative. A page of institutions costs
 * the same few queries (the columns, the page, and ten grouped counts) whatever its size and the number of records.
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
                         Map<Sector, Evidence.Criterion> criteria) {
    }

    public record Cell(Progress progress, Evidence evidence) {
    }

    /** One institution with a cell per column. */
    public record Row(Long institutionId, String institution, InstitutionType type, Map<Long, Cell> cells) {

        public Cell cell(Long initiativeId) {
            return cells.get(initiativeId);
        }
    }

    private record Key(Long institutionId, Long initiativeId) {
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

    /** A page of institutions with a cell per column. */
    public List<Row> page(Filter filter, List<Column> columns, int first, int max) {
        List<Institution> page = institutions("select i from Institution i", filter, Institution.class,
                " order by i.name").setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Key, Evidence> evidence = evidence(page.stream().map(Institution::getId).toList());
        return page.stream().map(institution -> {
            Map<Long, Cell> cells = new LinkedHashMap<>();
            Sector sector = institution.getType().sector();
            for (Column column : columns) {
                if (!column.sector().appliesTo(sector)) {
                    cells.put(column.initiativeId(), new Cell(Progress.NOT_RELEVANT, Evidence.NONE));
                    continue;
                }
                Evidence e = evidence.getOrDefault(new Key(institution.getId(), column.initiativeId()), Evidence.NONE);
                cells.put(column.initiativeId(), new Cell(e.progress(column.criteria().get(sector)), e));
            }
            return new Row(institution.getId(), institution.getName(), institution.getType(), cells);
        }).toList();
    }

    /** Ten grouped counts, each over the page's institutions. */
    private Map<Key, Evidence> evidence(List<Long> ids) {
        Map<Key, Evidence> evidence = new HashMap<>();
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        collect(evidence, em.createQuery("select d.institution.id, i.id, count(d) from LocalDocument d"
                        + " join d.kind.initiatives i where d.institution.id in :ids and d.status = :s"
                        + " group by d.institution.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("s", DocumentStatus.ADOPTED),
                n -> new Evidence(n, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select d.institution.id, i.id, count(d) from LocalDocument d"
                        + " join d.kind.initiatives i where d.institution.id in :ids and d.status = :s"
                        + " group by d.institution.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("s", DocumentStatus.IN_PROGRESS),
                n -> new Evidence(0, n, 0, 0, 0, 0, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select d.institution.id, i.id, count(d) from Designation d, Programme p"
                        + " join p.initiatives i where p.grantsDesignation = d.kind and d.institution.id in :ids"
                        + " and d.validFrom <= :today and (d.validTo is null or d.validTo >= :today)"
                        + " group by d.institution.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("today", today),
                n -> new Evidence(0, 0, n, 0, 0, 0, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select e.institution.id, i.id, count(e) from Enrolment e"
                        + " join e.run.programme.initiatives i where e.institution.id in :ids and e.status in :s"
                        + " group by e.institution.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("s", List.of(EnrolmentStatus.PLANNED, EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.IN_PROGRESS)),
                n -> new Evidence(0, 0, 0, n, 0, 0, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select w.id, i.id, count(m) from NetworkMembership m"
                        + " join m.network.initiatives i join m.employee.institutions w where w.id in :ids"
                        + " and m.leftOn is null group by w.id, i.id", Object[].class).setParameter("ids", ids),
                n -> new Evidence(0, 0, 0, 0, n, 0, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select w.id, i.id, count(a) from Attendance a"
                        + " join a.invitation.meeting.initiatives i join a.invitation.employee.institutions w"
                        + " where w.id in :ids and a.status = :present group by w.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("present", AttendanceStatus.PRESENT),
                n -> new Evidence(0, 0, 0, 0, 0, n, 0, 0, 0, 0));
        collect(evidence, em.createQuery("select w.id, i.id, count(a) from Assessment a"
                        + " join a.competence.area.framework.initiatives i join a.employee.institutions w"
                        + " where w.id in :ids group by w.id, i.id", Object[].class).setParameter("ids", ids),
                n -> new Evidence(0, 0, 0, 0, 0, 0, n, 0, 0, 0));
        collect(evidence, em.createQuery("select w.id, g.initiative.id, count(g) from DevelopmentGoal g"
                        + " join g.employee.institutions w where w.id in :ids and g.initiative is not null"
                        + " and g.status <> :cancelled group by w.id, g.initiative.id", Object[].class)
                .setParameter("ids", ids).setParameter("cancelled", DevelopmentGoal.Status.CANCELLED),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, n, 0, 0));
        collect(evidence, em.createQuery("select x.institution.id, i.id, count(x) from Experiment x"
                        + " join x.initiatives i where x.institution.id in :ids group by x.institution.id, i.id",
                        Object[].class).setParameter("ids", ids),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, 0, n, 0));
        collect(evidence, em.createQuery("select e.institution.id, i.id, count(e) from EquipmentNeed e"
                        + " join e.initiatives i where e.institution.id in :ids and e.status <> :rejected"
                        + " group by e.institution.id, i.id", Object[].class)
                .setParameter("ids", ids).setParameter("rejected", EquipmentStatus.REJECTED),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 0, n));
        return evidence;
    }

    /**
     * Runs one of the counts with its values written into the statement (EclipseLink's {@code bind-parameters} hint
     * off). With the institution ids bound, up to 400 of them, Derby compares every row with each one: at 12,000 staff
     * the attendance and assessment counts took 3.8 s bound against 0.2 s written out (measured on equivalent SQL), and
     * taking a follow-up snapshot, which counts the board over every institution, went from 5 to 6.5 s to 3.2 to
     * 4.8 s. None of these queries has a boolean parameter, which Derby would refuse written out.
     */
    private static void collect(Map<Key, Evidence> evidence, TypedQuery<Object[]> query,
                                Function<Long, Evidence> counted) {
        query.setHint("eclipselink.jdbc.bind-parameters", "false");
        for (Object[] r : query.getResultList()) {
            evidence.merge(new Key((Long) r[0], (Long) r[1]), counted.apply(((Number) r[2]).longValue()),
                    Evidence::plus);
        }
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
