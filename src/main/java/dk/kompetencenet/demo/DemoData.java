package dk.kompetencenet.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.StaffImport;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.Enrolment;
import dk.kompetencenet.training.EnrolmentStatus;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.ProgrammeRun;
import dk.kompetencenet.training.TrainingService;

/** Loads {@code seed/demo/} into an empty database, once, in one transaction. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String COORDINATOR_EMAIL = "anne.koordinator@forvaltning.example.dk";

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private StaffImport staffImport;

    @Inject
    private AccountService accounts;

    @Inject
    private NetworkService networks;

    @Inject
    private MeetingService meetings;

    @Inject
    private TrainingService training;

    @Inject
    private History history;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo.password", defaultValue = "kompetencenet")
    private String demoPassword;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo.size", defaultValue = "small")
    private String size;

    @ActivateRequestContext
    @Transactional
    void load(@Observes @Priority(DatabaseReady.SEED_DEMO) DatabaseReady ready) {
        if (!ready.demo() && DemoSize.of(size) != DemoSize.LARGE) {
            return;
        }
        SystemAccess.run(this::loadIfEmpty);
    }

    private void loadIfEmpty() {
        if (!institutions.isEmpty()) {
            LOG.info("Demo data not loaded: the database already has institutions");
            return;
        }
        Map<String, Long> institutionIds = new LinkedHashMap<>();
        for (CSVRecord r : SeedFiles.csv("seed/demo/institutions.csv")) {
            Institution institution = institutions.create(r.get("Navn"), InstitutionType.valueOf(r.get("Type")),
                    r.get("Område"), new Address(r.get("Adresse"), r.get("Postnummer"), r.get("By")));
            institutionIds.put(institution.getName(), institution.getId());
        }
        Map<String, StringBuilder> staffFiles = new LinkedHashMap<>();
        for (CSVRecord r : SeedFiles.csv("seed/demo/employees.csv")) {
            staffFiles.computeIfAbsent(r.get("Institution"), k -> new StringBuilder("Fornavn;Efternavn;E-mail;Stilling\n"))
                    .append(String.join(";", r.get("Fornavn"), r.get("Efternavn"), r.get("E-mail"), r.get("Stilling")))
                    .append('\n');
        }
        staffFiles.forEach((institution, csv) -> staffImport.importCsv(institutionIds.get(institution),
                csv.toString().getBytes(StandardCharsets.UTF_8)));
        for (CSVRecord r : SeedFiles.csv("seed/demo/administration.csv")) {
            employees.create(new EmployeeService.Details(r.get("Fornavn"), r.get("Efternavn"), r.get("E-mail"),
                    JobRole.parse(r.get("Stilling")).orElseThrow(), Set.of()));
        }
        List<String> created = new ArrayList<>();
        for (CSVRecord r : SeedFiles.csv("seed/demo/accounts.csv")) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(r.get("Roller").split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
            Long employeeId = employees.findByEmail(r.get("E-mail")).orElseThrow().getId();
            accounts.create(r.get("Brugernavn"), employeeId, roles, demoPassword.toCharArray());
            created.add(r.get("Brugernavn"));
        }
        Long coordinatorId = employees.findByEmail(COORDINATOR_EMAIL).orElseThrow().getId();
        for (CSVRecord r : SeedFiles.csv("seed/demo/network-members.csv")) {
            Network network = networks.bySeedKey(r.get("Netværk")).orElseThrow();
            networks.addMember(network.getId(), employees.findByEmail(r.get("E-mail")).orElseThrow().getId());
        }
        scheduleDemoMeetings(coordinatorId);
        trainDemoSupervisors(institutionIds);
        history.tell(institutionIds, coordinatorId);
        LOG.info(() -> "Loaded demo data: " + institutionIds.size() + " institutions; demo accounts " + created
                + " (password from kompetencenet.demo.password)");
    }

    /** A fortnightly series for each network from next week, and an open theme meeting. */
    private void scheduleDemoMeetings(Long coordinatorId) {
        LocalDate monday = LocalDate.now(Zones.COPENHAGEN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (Network network : List.of(networks.bySeedKey("netvaerk-digital-didaktiske-vejledere").orElseThrow(),
                networks.bySeedKey("netvaerk-it-didaktiske-vejledere").orElseThrow())) {
            LocalDateTime start = monday.plusDays(network.getSector() == InitiativeSector.SKOLE ? 2 : 3).atTime(14, 0);
            meetings.scheduleFor(coordinatorId, new Meeting.Details(MeetingKind.NETWORK_MEETING, "Netværksmøde",
                    "1. Nyt fra netværket\n2. Erfaringer fra praksis\n3. Næste møde", "Rådhuset, Aabybro", "Mødelokale 2",
                    start, start.plusHours(2), "FREQ=WEEKLY;INTERVAL=2;COUNT=10", null),
                    network.getInitiatives().stream().map(i -> i.getId()).collect(java.util.stream.Collectors.toSet()),
                    new MeetingService.Invitees(network.getId(), null, Set.of()));
        }
        Long themeInitiative = networks.bySeedKey("netvaerk-digital-didaktiske-vejledere").orElseThrow()
                .getInitiatives().stream().findFirst().orElseThrow().getId();
        LocalDateTime theme = monday.plusWeeks(3).plusDays(1).atTime(16, 0);
        meetings.scheduleFor(coordinatorId, new Meeting.Details(MeetingKind.THEME_MEETING,
                "Temamøde: digitale redskaber i den pædagogiske praksis", "Oplæg og workshop med tablets og Bee-Bots.",
                "Troldehøjen", null, theme, theme.plusHours(2), null, 20), Set.of(themeInitiative),
                new MeetingService.Invitees(null, null, Set.of()));
    }

    /** The two demo supervisors hold their roles; a pædagog at Troldehøjen is half-way through the education. */
    private void trainDemoSupervisors(Map<String, Long> institutionIds) {
        LocalDate since = LocalDate.now(Zones.COPENHAGEN).minusMonths(6);
        training.grant(employees.findByEmail("jonas.vestergaard@birkely.example.dk").orElseThrow().getId(),
                institutionIds.get("Birkelyskolen"), DesignationKind.IT_DIDACTIC_SUPERVISOR, since, null);
        training.grant(employees.findByEmail("camilla.poulsen@solsikken.example.dk").orElseThrow().getId(),
                institutionIds.get("Solsikken"), DesignationKind.DIGITAL_DIDACTIC_SUPERVISOR, since,
                since.plusMonths(8));
        Programme education = training.programmes().stream()
                .filter(p -> p.getGrantsDesignation() == DesignationKind.DIGITAL_DIDACTIC_SUPERVISOR).findFirst()
                .orElseThrow();
        ProgrammeRun run = training.addRun(education.getId(), "Hold " + since.getYear(), "UCN", since,
                since.plusMonths(9));
        Enrolment julie = training.enrol(run.getId(),
                employees.findByEmail("julie.knudsen@troldehoejen.example.dk").orElseThrow().getId(),
                institutionIds.get("Troldehøjen"), EnrolmentStatus.ENROLLED);
        training.completeModule(julie.getId(), julie.getVersion(), education.getModules().get(0).getId(),
                since.plusMonths(2), "Kursusbevis");
    }

}
