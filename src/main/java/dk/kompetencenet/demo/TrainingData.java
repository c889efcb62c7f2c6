package dk.kompetencenet.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kompetencenet.demo.Reference.Network;
import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.demo.Reference.Programme;
import dk.kompetencenet.demo.Reference.Site;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.EnrolmentStatus;

/**
 * Supervisors at the new institutions: about a fifth have none, the rest one or two, trained through the programme
 * that grants the designation or designated by hand; some former supervisors, some in training now, a few who
 * dropped out. Supervisors are members of their sector's network. Teachers and pædagoger also take the internal
 * evaluation course.
 */
final class TrainingData {

    /** A run of a programme. */
    private record Run(long id, LocalDate start, LocalDate end) {
    }

    private final MunicipalityGenerator g;
    private final Map<Long, List<Run>> runs = new HashMap<>();

    TrainingData(MunicipalityGenerator generator) {
        this.g = generator;
    }

    /** Returns the number of designations. */
    long make() {
        for (Programme programme : g.reference.programmes()) {
            runs.put(programme.id(), runs(programme));
        }
        for (Site site : g.created) {
            supervisors(site);
        }
        for (Programme course : g.reference.programmes()) {
            if (course.grants().isEmpty()) {
                course(course);
            }
        }
        return g.designation.written();
    }

    /** Four yearly runs, oldest first; the newest started four months ago and is under way. */
    private List<Run> runs(Programme programme) {
        List<Run> made = new ArrayList<>();
        for (int yearsAgo = 3; yearsAgo >= 0; yearsAgo--) {
            LocalDate start = g.today.minusMonths(4 + 12L * yearsAgo).withDayOfMonth(1);
            long id = g.rows.id();
            String name = "Hold " + (start.getMonthValue() <= 6 ? "forår " : "efterår ") + start.getYear();
            g.run.add(id, 0L, programme.id(), name, switch (programme.kind()) {
                case "INTERNAL_COURSE" -> "Kommunens pædagogiske konsulenter";
                case "DIPLOMA_MODULE" -> "Professionshøjskolen UCN";
                default -> "UCN";
            }, start, start.plusMonths(9));
            g.audit("CREATE", "ProgrammeRun", id, name);
            made.add(new Run(id, start, start.plusMonths(9)));
        }
        return made;
    }

    private void supervisors(Site site) {
        DesignationKind kind = site.isSchool() ? DesignationKind.IT_DIDACTIC_SUPERVISOR
                : DesignationKind.DIGITAL_DIDACTIC_SUPERVISOR;
        Optional<Programme> education = g.reference.programmes().stream()
                .filter(p -> p.grants().equals(Optional.of(kind))).findFirst();
        Optional<Network> network = g.reference.networks().stream().filter(n -> n.sector() == site.sector())
                .findFirst();
        List<Person> candidates = new ArrayList<>(g.staffOf.get(site).stream().filter(p -> fits(p, site)).toList());
        Collections.shuffle(candidates, g.random);
        Iterator<Person> next = candidates.iterator();
        double r = g.random.nextDouble();
        for (int i = r < 0.22 ? 0 : r < 0.67 ? 1 : 2; i > 0 && next.hasNext(); i--) {
            Person person = next.next();
            LocalDate since;
            if (education.isPresent() && g.chance(0.6)) {
                Run run = runs.get(education.get().id()).get(g.between(0, 2));
                long enrolled = enrol(person, site, education.get(), run, EnrolmentStatus.COMPLETED,
                        education.get().modules().size());
                since = run.end().plusDays(1);
                designate(person, site, kind, since, null, Designation.Source.PROGRAMME, enrolled);
            } else {
                since = g.today.minusDays(g.between(60, 1400));
                designate(person, site, kind, since, null, Designation.Source.MANUAL, null);
            }
            network.ifPresent(n -> join(n, person, since, null));
        }
        if (g.chance(0.1) && next.hasNext()) {
            Person former = next.next();
            LocalDate from = g.today.minusDays(g.between(1500, 2200));
            LocalDate to = g.today.minusDays(g.between(60, 700));
            designate(former, site, kind, from, to, Designation.Source.MANUAL, null);
            network.ifPresent(n -> join(n, former, from, to));
        }
        if (education.isPresent() && g.chance(0.18) && next.hasNext()) {
            int modules = education.get().modules().size();
            int done = modules > 1 ? g.between(1, modules - 1) : 0;
            enrol(next.next(), site, education.get(), runs.get(education.get().id()).get(3),
                    done > 0 ? EnrolmentStatus.IN_PROGRESS : EnrolmentStatus.ENROLLED, done);
        }
        if (education.isPresent() && g.chance(0.04) && next.hasNext()) {
            enrol(next.next(), site, education.get(), runs.get(education.get().id()).get(g.between(0, 2)),
                    EnrolmentStatus.DROPPED_OUT, Math.min(1, education.get().modules().size()));
        }
    }

    /** Teachers become IT-didactic supervisors; pædagoger (and dagplejere) digital-didactic ones. */
    private static boolean fits(Person person, Site site) {
        return switch (person.role()) {
            case LAERER -> site.isSchool();
            case PAEDAGOG -> true;
            case DAGPLEJER -> site.type() == InstitutionType.DAGPLEJE;
            default -> false;
        };
    }

    /** Four in a hundred teachers and pædagoger on each course without a designation. */
    private void course(Programme course) {
        for (Person person : g.people) {
            if ((person.role() == JobRole.LAERER || person.role() == JobRole.PAEDAGOG) && g.chance(0.04)) {
                Run run = runs.get(course.id()).get(g.between(0, 3));
                boolean over = run.end().isBefore(g.today);
                enrol(person, person.home(), course, run, over ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ENROLLED,
                        over ? course.modules().size() : 0);
            }
        }
    }

    /** An enrolment with its first {@code completed} modules done, spread over the run. */
    private long enrol(Person person, Site site, Programme programme, Run run, EnrolmentStatus status, int completed) {
        long id = g.rows.id();
        g.enrolment.add(id, 0L, run.id(), person.id(), site.id(), status, run.start().minusDays(g.between(14, 60)));
        g.audit("ENROL", "Enrolment", id, "employee=" + person.id() + ", run=" + run.id());
        long days = ChronoUnit.DAYS.between(run.start(), run.end());
        int modules = programme.modules().size();
        for (int m = 0; m < completed; m++) {
            LocalDate on = run.start().plusDays(days * (m + 1) / modules);
            g.completion.add(g.rows.id(), id, programme.modules().get(m), on.isAfter(g.today) ? g.today : on,
                    "Kursusbevis");
        }
        return id;
    }

    private void designate(Person person, Site site, DesignationKind kind, LocalDate from, LocalDate to,
                           Designation.Source source, Long enrolmentId) {
        long id = g.rows.id();
        g.designation.add(id, 0L, person.id(), site.id(), kind, from, to, source, enrolmentId);
        g.audit("GRANT", "Designation", id, kind + " employee=" + person.id());
    }

    private void join(Network network, Person person, LocalDate from, LocalDate to) {
        if (to == null && network.members().contains(person.id())) {
            return;
        }
        g.membership.add(g.rows.id(), network.id(), person.id(), from, to);
        g.membersOf.computeIfAbsent(network.id(), k -> new ArrayList<>())
                .add(new MunicipalityGenerator.Member(person, from, to));
    }
}
