package dk.kompetencenet.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.demo.Reference.Site;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;

/**
 * Institutions and staff: the institutions and people there before, then new institutions (about 45 of 400 schools,
 * special provisions and youth schools; the rest daycare) with typical staff sizes scaled to the employees asked for,
 * a leader at each, job roles fitting the institution, and some at a second institution. Each person gets a general
 * digital competence that the later parts rate and assess from.
 */
final class StaffData {

    /** Of 400 institutions, about 45 are schools, special provisions and youth schools; the rest daycare. */
    private static final double SCHOOL_SHARE = 45 / 400.0;

    private final MunicipalityGenerator g;

    StaffData(MunicipalityGenerator generator) {
        this.g = generator;
    }

    void make() {
        g.reference.sites().forEach(this::place);
        g.reference.people().forEach(p -> employ(p, ability(p.role())));
        institutions();
    }

    private void institutions() {
        int schools = Math.max(1, (int) Math.round(g.scale.institutions() * SCHOOL_SHARE));
        int daycare = g.scale.institutions() - schools;
        Map<InstitutionType, Integer> counts = new EnumMap<>(InstitutionType.class);
        counts.put(InstitutionType.SPECIALTILBUD, (int) Math.round(schools * 7 / 45.0));
        counts.put(InstitutionType.UNGDOMSSKOLE, (int) Math.round(schools * 4 / 45.0));
        counts.put(InstitutionType.SKOLE, schools - counts.get(InstitutionType.SPECIALTILBUD)
                - counts.get(InstitutionType.UNGDOMSSKOLE));
        counts.put(InstitutionType.DAGPLEJE, (int) Math.round(daycare * 25 / 355.0));
        counts.put(InstitutionType.INTEGRERET_INSTITUTION, (int) Math.round(daycare * 140 / 355.0));
        counts.put(InstitutionType.BOERNEHAVE, daycare - counts.get(InstitutionType.DAGPLEJE)
                - counts.get(InstitutionType.INTEGRERET_INSTITUTION));
        List<InstitutionType> types = new ArrayList<>();
        counts.forEach((type, n) -> types.addAll(Collections.nCopies(n, type)));
        List<Integer> sizes = sizes(types);
        for (int i = 0; i < types.size(); i++) {
            Site site = newInstitution(types.get(i));
            staff(site, sizes.get(i));
        }
        secondWorkplaces();
    }

    /** Staff per institution: typical sizes per type, scaled so that they add up to the employees asked for. */
    private List<Integer> sizes(List<InstitutionType> types) {
        double[] raw = new double[types.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = switch (types.get(i)) {
                case SKOLE -> g.between(55, 110);
                case SPECIALTILBUD -> g.between(25, 50);
                case UNGDOMSSKOLE -> g.between(15, 30);
                case BOERNEHAVE -> g.between(12, 30);
                case INTEGRERET_INSTITUTION -> g.between(20, 45);
                case DAGPLEJE -> g.between(25, 60);
            };
            sum += raw[i];
        }
        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        for (double r : raw) {
            int size = Math.max(3, (int) Math.floor(r * g.scale.employees() / sum));
            sizes.add(size);
            total += size;
        }
        for (int i = 0; total != g.scale.employees(); i = (i + 1) % sizes.size()) {
            int step = total < g.scale.employees() ? 1 : -1;
            if (sizes.get(i) + step >= 3) {
                sizes.set(i, sizes.get(i) + step);
                total += step;
            }
        }
        return sizes;
    }

    private Site newInstitution(InstitutionType type) {
        DanishNames.Town town = DanishNames.TOWNS.get(g.random.nextInt(DanishNames.TOWNS.size()));
        String name = g.names.institution(type, town);
        boolean everywhere = type == InstitutionType.DAGPLEJE || type == InstitutionType.UNGDOMSSKOLE;
        Site site = new Site(g.rows.id(), type, name, everywhere ? "Hele kommunen" : town.area(),
                DanishNames.domain(name));
        g.institution.add(site.id(), 0L, name, type, site.area(), g.names.street(), town.postalCode(), town.name(), true);
        g.audit("CREATE", "Institution", site.id(), name);
        g.created.add(site);
        place(site);
        return site;
    }

    private void place(Site site) {
        g.sites.add(site);
        g.staffOf.put(site, new ArrayList<>());
    }

    private void staff(Site site, int size) {
        for (int i = 0; i < size; i++) {
            JobRole role = i == 0 ? JobRole.LEDER : role(site.type(), i, size);
            String first = g.names.firstName();
            String last = g.names.lastName();
            String email = g.names.email(first, last, site.domain());
            long id = g.rows.id();
            boolean active = i == 0 || !g.chance(0.01);
            g.employee.add(id, 0L, first, last, email, role, active);
            g.employeeInstitution.add(id, site.id());
            g.audit("IMPORT", "Employee", id, "name=" + first + " " + last + ", email=" + email + ", jobRole=" + role
                    + ", institutions=[" + site.id() + "]");
            if (active) {
                employ(new Person(id, role, site, email), ability(role));
            }
        }
    }

    private void employ(Person person, double level) {
        g.people.add(person);
        g.staffOf.get(person.home()).add(person);
        g.ability.put(person.id(), level);
        if (person.role() == JobRole.LEDER) {
            g.leaderOf.putIfAbsent(person.home(), person);
        }
    }

    /** Job roles fitting the institution: teachers in schools, pædagoger and helpers in daycare, deputies in big ones. */
    private JobRole role(InstitutionType type, int index, int size) {
        if (index < size / 40 + 1 && size >= 40) {
            return JobRole.LEDER;
        }
        double r = g.random.nextDouble();
        return switch (type) {
            case SKOLE -> r < 0.75 ? JobRole.LAERER : r < 0.9 ? JobRole.PAEDAGOG : JobRole.ANDET;
            case SPECIALTILBUD -> r < 0.45 ? JobRole.LAERER : r < 0.9 ? JobRole.PAEDAGOG : JobRole.ANDET;
            case UNGDOMSSKOLE -> r < 0.7 ? JobRole.LAERER : JobRole.ANDET;
            case BOERNEHAVE, INTEGRERET_INSTITUTION -> r < 0.6 ? JobRole.PAEDAGOG
                    : r < 0.92 ? JobRole.PAEDAGOGMEDHJAELPER : JobRole.ANDET;
            case DAGPLEJE -> r < 0.88 ? JobRole.DAGPLEJER : r < 0.98 ? JobRole.PAEDAGOG : JobRole.ANDET;
        };
    }

    /** About 3 % of the new staff also work at a second g.institution of the same sector. */
    private void secondWorkplaces() {
        Map<Boolean, List<Site>> bySector = new HashMap<>();
        g.created.forEach(s -> bySector.computeIfAbsent(s.isSchool(), k -> new ArrayList<>()).add(s));
        for (Site site : g.created) {
            List<Site> others = bySector.get(site.isSchool());
            for (Person p : g.staffOf.get(site)) {
                if (p.role() != JobRole.LEDER && others.size() > 1 && g.chance(0.03)) {
                    Site second = g.pick(others);
                    if (!second.equals(site)) {
                        g.employeeInstitution.add(p.id(), second.id());
                    }
                }
            }
        }
    }

    private double ability(JobRole role) {
        double mean = switch (role) {
            case LEDER -> 3.2;
            case LAERER -> 2.9;
            case PAEDAGOG -> 2.6;
            case PAEDAGOGMEDHJAELPER -> 2.1;
            case DAGPLEJER -> 1.9;
            case ANDET -> 2.2;
        };
        return mean + g.random.nextGaussian() * 0.55;
    }
}
