package dk.kompetencenet.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * The small demo's staff as its history needs them: each person's id, job role and institution, and a digital
 * ability (a rank on a six-level scale) that their ratings and self-assessments scatter around; with the day the
 * history is told from and one random source, seeded, so that every load tells the same story.
 */
final class DemoStaff {

    /** The demo employee ({@code medarbejder}): answered the closed rounds, not yet the open one. */
    static final String EMPLOYEE = "mette.kristensen@birkely.example.dk";

    /** One member of staff. */
    record Person(Long id, String email, JobRole role, String institution, double ability) {
    }

    final LocalDate today;
    final Random random = new Random(14);
    final Map<String, Long> institutionIds;
    private final Map<String, Person> byEmail = new LinkedHashMap<>();

    DemoStaff(EmployeeService employees, Map<String, Long> institutionIds, LocalDate today) {
        this.today = today;
        this.institutionIds = institutionIds;
        for (CSVRecord r : SeedFiles.csv("seed/demo/employees.csv")) {
            JobRole role = JobRole.parse(r.get("Stilling")).orElseThrow();
            double ability = 2.0 + random.nextDouble() * 1.4 + (role == JobRole.LEDER ? 0.3 : 0)
                    - (role == JobRole.PAEDAGOGMEDHJAELPER || role == JobRole.DAGPLEJER ? 0.5 : 0);
            byEmail.put(r.get("E-mail"), new Person(employees.findByEmail(r.get("E-mail")).orElseThrow().getId(),
                    r.get("E-mail"), role, r.get("Institution"), ability));
        }
    }

    List<Person> all() {
        return List.copyOf(byEmail.values());
    }

    Person get(String email) {
        return byEmail.get(email);
    }

    List<Person> at(String institution) {
        return byEmail.values().stream().filter(p -> p.institution().equals(institution)).toList();
    }

    Long institution(String name) {
        return institutionIds.get(name);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Some of the list, in its order: each with the given chance. */
    <T> List<T> some(List<T> from, double p) {
        List<T> chosen = new ArrayList<>();
        from.forEach(t -> {
            if (chance(p)) {
                chosen.add(t);
            }
        });
        return chosen;
    }

    /** The weekday on or before the day (Monday to Friday). */
    static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    /** A Tuesday some weeks from today (negative: back), the day the history's meetings fall on. */
    LocalDate tuesday(int weeks) {
        return today.plusWeeks(weeks).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    }

    /** A moment in working hours on a weekday, in Copenhagen. */
    Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(LocalDateTime.of(weekday(day), java.time.LocalTime.of(hour, random.nextInt(60))),
                Zones.COPENHAGEN).toInstant();
    }
}
