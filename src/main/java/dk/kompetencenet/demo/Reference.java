package dk.kompetencenet.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.training.DesignationKind;

/**
 * What the generator builds on, read with plain SQL before it writes: the seeded reference data (frameworks,
 * initiatives, networks, document kinds, programmes) and the institutions and staff already there. Ordered by id, so
 * that the same database and seed give the same municipality.
 */
record Reference(List<Site> sites, List<Person> people, Set<String> institutionNames, Set<String> emails,
                 long meetings, Optional<Long> coordinatorId, Map<String, Framework> frameworks,
                 Map<InitiativeSector, List<Long>> initiatives, List<Network> networks, List<Kind> documentKinds,
                 List<Programme> programmes) {

    /** An institution: its type, name, area and mail domain. */
    record Site(long id, InstitutionType type, String name, String area, String domain) {

        boolean isSchool() {
            return type.sector() == dk.kompetencenet.organisation.Sector.SKOLE;
        }

        InitiativeSector sector() {
            return InitiativeSector.valueOf(type.sector().name());
        }
    }

    /** Someone working at an institution (the first of theirs, if several). */
    record Person(long id, JobRole role, Site home, String email) {
    }

    /** A competence framework: level ids by rank (lowest first), and its competences with the index of their area. */
    record Framework(long id, List<Long> levels, List<long[]> competences) {
    }

    /** A network from seed: its sector, the initiatives it serves, and who is a member now. */
    record Network(long id, InitiativeSector sector, List<Long> initiatives, Set<Long> members) {
    }

    /** A kind of local document, which sector must have it, and its checklist. */
    record Kind(long id, String key, boolean forDagtilbud, boolean forSkole, List<Long> sections) {

        boolean isRequiredOf(Site site) {
            return site.isSchool() ? forSkole : forDagtilbud;
        }
    }

    /** A training programme: the designation completing it grants (or none), and its modules in order. */
    record Programme(long id, String kind, Optional<DesignationKind> grants, List<Long> modules) {
    }

    static Reference read(Connection c, String coordinatorEmail) throws SQLException {
        Map<Long, Site> sites = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Object[] r : rows(c, "SELECT id, name, institution_type, area, active FROM institution ORDER BY id")) {
            names.add((String) r[1]);
            if ((Boolean) r[4]) {
                sites.put(num(r[0]), new Site(num(r[0]), InstitutionType.valueOf((String) r[2]), (String) r[1],
                        r[3] == null ? "Hele kommunen" : (String) r[3], DanishNames.domain((String) r[1])));
            }
        }
        Set<String> emails = new HashSet<>();
        Optional<Long> coordinator = Optional.empty();
        List<Person> people = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Object[] r : rows(c, "SELECT e.id, e.email, e.job_role, e.active, w.institution_id FROM employee e"
                + " LEFT JOIN employee_institution w ON w.employee_id = e.id ORDER BY e.id, w.institution_id")) {
            emails.add((String) r[1]);
            coordinator = coordinatorEmail.equals(r[1]) ? Optional.of(num(r[0])) : coordinator;
            Site home = r[4] == null ? null : sites.get(num(r[4]));
            if ((Boolean) r[3] && home != null && placed.add(num(r[0]))) {
                people.add(new Person(num(r[0]), JobRole.valueOf((String) r[2]), home, (String) r[1]));
            }
        }
        long meetings = num(rows(c, "SELECT COUNT(*) FROM meeting").get(0)[0]);
        return new Reference(List.copyOf(sites.values()), people, names, emails, meetings, coordinator,
                frameworks(c), initiatives(c), networks(c), kinds(c), programmes(c));
    }

    Framework framework(String key) {
        return Optional.ofNullable(frameworks.get(key)).orElseThrow(() -> new IllegalStateException(
                "The competence framework '" + key + "' is not seeded"));
    }

    private static Map<String, Framework> frameworks(Connection c) throws SQLException {
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (Object[] f : rows(c, "SELECT id, seed_key FROM framework WHERE seed_key IS NOT NULL ORDER BY id")) {
            List<Long> levels = ids(c, "SELECT id FROM proficiency_level WHERE framework_id = ? ORDER BY rank_no", f[0]);
            List<long[]> competences = new ArrayList<>();
            Map<Long, Integer> areas = new LinkedHashMap<>();
            for (Object[] k : rows(c, "SELECT c.id, a.id FROM competence c JOIN competence_area a ON c.area_id = a.id"
                    + " WHERE a.framework_id = ? ORDER BY a.sort_order, c.sort_order", f[0])) {
                int area = areas.computeIfAbsent(num(k[1]), a -> areas.size());
                competences.add(new long[] {num(k[0]), area});
            }
            frameworks.put((String) f[1], new Framework(num(f[0]), levels, competences));
        }
        return frameworks;
    }

    private static Map<InitiativeSector, List<Long>> initiatives(Connection c) throws SQLException {
        Map<InitiativeSector, List<Long>> bySector = new EnumMap<>(InitiativeSector.class);
        for (InitiativeSector sector : InitiativeSector.values()) {
            bySector.put(sector, new ArrayList<>());
        }
        for (Object[] r : rows(c, "SELECT i.id, i.sector FROM initiative i JOIN focus_area f ON i.focus_area_id = f.id"
                + " JOIN strategy s ON f.strategy_id = s.id WHERE s.status = 'ACTIVE' ORDER BY i.id")) {
            bySector.get(InitiativeSector.valueOf((String) r[1])).add(num(r[0]));
        }
        return bySector;
    }

    private static List<Network> networks(Connection c) throws SQLException {
        List<Network> networks = new ArrayList<>();
        for (Object[] n : rows(c, "SELECT id, sector FROM network WHERE seed_key IS NOT NULL ORDER BY id")) {
            List<Long> initiatives = ids(c, "SELECT initiative_id FROM network_initiative WHERE network_id = ?"
                    + " ORDER BY initiative_id", n[0]);
            Set<Long> members = new HashSet<>(ids(c, "SELECT employee_id FROM network_membership WHERE network_id = ?"
                    + " AND left_on IS NULL", n[0]));
            networks.add(new Network(num(n[0]), InitiativeSector.valueOf((String) n[1]), initiatives, members));
        }
        return networks;
    }

    private static List<Kind> kinds(Connection c) throws SQLException {
        List<Kind> kinds = new ArrayList<>();
        for (Object[] k : rows(c, "SELECT id, seed_key, for_dagtilbud, for_skole FROM document_kind ORDER BY sort_order")) {
            List<Long> sections = ids(c, "SELECT id FROM document_section WHERE kind_id = ? ORDER BY sort_order", k[0]);
            kinds.add(new Kind(num(k[0]), (String) k[1], (Boolean) k[2], (Boolean) k[3], sections));
        }
        return kinds;
    }

    private static List<Programme> programmes(Connection c) throws SQLException {
        List<Programme> programmes = new ArrayList<>();
        for (Object[] p : rows(c, "SELECT id, kind, grants_designation FROM programme ORDER BY id")) {
            List<Long> modules = ids(c, "SELECT id FROM programme_module WHERE programme_id = ? ORDER BY sort_order",
                    p[0]);
            programmes.add(new Programme(num(p[0]), (String) p[1],
                    Optional.ofNullable((String) p[2]).map(DesignationKind::valueOf), modules));
        }
        return programmes;
    }

    /** The first column of every row, as ids. */
    private static List<Long> ids(Connection c, String sql, Object parameter) throws SQLException {
        return rows(c, sql, parameter).stream().map(r -> num(r[0])).toList();
    }

    private static List<Object[]> rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = statement.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
