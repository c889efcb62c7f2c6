package dk.kompetencenet.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.files.FilePolicy;
import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyRevised;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.training.credential.Credentials;

/**
 * Supervisors' training: programmes and runs (coordinators), enrolments (coordinators, and leaders for their own
 * institutions), module completions, designations granted by completing a programme or by hand, and coverage.
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    @Inject
    private FileStore files;

    @Inject
    private Credentials credentials;

    /** What a certificate may be: PDF, PNG or JPEG, at most 10 MB. */
    public static final FilePolicy CERTIFICATES = FilePolicy.DOCUMENTS_AND_IMAGES;

    /** How well an institution is covered by trained supervisors. */
    public enum CoverageFlag {
        NO_SUPERVISOR, SINGLE_SUPERVISOR, COVERED;

        public String labelKey() {
            return "coverageFlag." + name();
        }
    }

    /** An institution's supervisors: trained (an active designation), in training, and the flag that follows. */
    public record Coverage(Long institutionId, String institution, Sector sector, long trained, long inTraining,
                           CoverageFlag flag) {

        static CoverageFlag flagFor(long trained) {
            return trained == 0 ? CoverageFlag.NO_SUPERVISOR
                    : trained == 1 ? CoverageFlag.SINGLE_SUPERVISOR : CoverageFlag.COVERED;
        }
    }

    // ---- programmes ----

    public List<Programme> programmes() {
        return em.createQuery("select distinct p from Programme p left join fetch p.modules order by p.name",
                Programme.class).getResultList();
    }

    public Programme programme(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Programme.class, id)).orElseThrow(NotFoundException::new);
    }

    public Optional<Programme> programmeNamed(String name) {
        return em.createQuery("select p from Programme p where p.name = :name", Programme.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** A new programme with its modules (name, ECTS, hours) and the initiatives it serves. */
    public Programme createProgramme(Programme programme, List<ModuleSpec> modules, Set<Long> initiativeIds) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        if (programmeNamed(programme.getName()).isPresent()) {
            throw new InvalidInputException(Problem.inField("name", "training.error.nameTaken", programme.getName()));
        }
        modules.forEach(m -> programme.addModule(m.name(), m.ects(), m.hours()));
        programme.serve(strategies.initiatives(initiativeIds));
        em.persist(programme);
        em.flush();
        audit.record("CREATE", programme, programme.getName());
        return programme;
    }

    /** When the strategy is revised with its links carried forward, programmes serve the new initiatives too. */
    void carryLinksForward(@Observes StrategyRevised revised) {
        revised.linkedRecords(em, Programme.class).forEach(p -> p.serve(revised.withSuccessors(p.getInitiatives())));
    }

    /** A module as a form or seed file gives it. */
    public record ModuleSpec(String name, BigDecimal ects, Integer hours) {
    }

    public ProgrammeRun addRun(Long programmeId, String name, String provider, LocalDate start, LocalDate end) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        ProgrammeRun run = new ProgrammeRun(programme(programmeId), name, provider, start, end);
        em.persist(run);
        em.flush();
        audit.record("CREATE", run, name);
        return run;
    }

    public List<ProgrammeRun> runs(Long programmeId) {
        return em.createQuery("select r from ProgrammeRun r where r.programme.id = :p order by r.startDate desc",
                ProgrammeRun.class).setParameter("p", programmeId).getResultList();
    }

    public ProgrammeRun run(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ProgrammeRun.class, id)).orElseThrow(NotFoundException::new);
    }

    // ---- enrolments and completions ----

    public Enrolment enrol(Long runId, Long employeeId, Long institutionId, EnrolmentStatus status) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Institution institution = institutions.get(institutionId);
        Employee employee = employees.get(employeeId);
        if (!employee.worksAt(institution.getId())) {
            throw new InvalidInputException(Problem.inField("institution", "training.error.notWorkingThere"));
        }
        ProgrammeRun run = run(runId);
        boolean already = em.createQuery("select count(e) from Enrolment e where e.run = :r and e.employee = :p",
                Long.class).setParameter("r", run).setParameter("p", employee).getSingleResult() > 0;
        if (already) {
            throw new InvalidInputException(Problem.inField("employee", "training.error.alreadyEnrolled"));
        }
        Enrolment enrolment = new Enrolment(run, employee, institution, status, today());
        em.persist(enrolment);
        em.flush();
        audit.recordAbout(employeeId, "ENROL", enrolment, "employee=" + employeeId + ", run=" + runId);
        return enrolment;
    }

    /** An enrolment, for the person enrolled, leaders and supervisors of its institution, and coordinators. */
    public Enrolment enrolment(Long id) {
        Enrolment enrolment = Optional.ofNullable(id == null ? null : em.find(Enrolment.class, id))
                .orElseThrow(NotFoundException::new);
        requireReadable(enrolment);
        return enrolment;
    }

    private void requireReadable(Enrolment enrolment) {
        if (caller.seesAllInstitutions() || caller.employeeId().filter(enrolment.getEmployee().getId()::equals).isPresent()) {
            return;
        }
        caller.requireAnyRole(Role.LEADER, Role.SUPERVISOR);
        caller.requireInstitution(enrolment.getInstitution().getId());
    }

    /** A completed module as a form or request gives it: which, when, a note or link, and how long it is valid. */
    public record Completion(Long moduleId, LocalDate on, String evidence, LocalDate validUntil) {
    }


    public Enrolment completeModule(Long enrolmentId, long version, Long moduleId, LocalDate on, String evidence) {
        return completeModule(enrolmentId, version, new Completion(moduleId, on, evidence, null), null);
    }

    /**
     * Records a module as completed, with an optional certificate file (PDF, PNG or JPEG, at most 10 MB); completing
     * the last module completes the programme and, where the programme grants one, makes the employee a supervisor of
     * the enrolment's institution. All or nothing: a refused file records nothing.
     */
    public Enrolment completeModule(Long enrolmentId, long version, Completion completion, Upload certificate) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Enrolment enrolment = editable(enrolmentId, version);
        ProgrammeModule module = module(completion.moduleId());
        LocalDate on = completion.on();
        if (on != null && on.isAfter(today())) {
            throw new InvalidInputException(Problem.inField("completedOn", "training.error.future"));
        }
        boolean completed = enrolment.complete(module, on, completion.evidence(), completion.validUntil());
        DesignationKind grants = enrolment.getRun().getProgramme().getGrantsDesignation();
        if (completed && grants != null) {
            em.persist(new Designation(enrolment.getEmployee(), enrolment.getInstitution(), grants, on, null,
                    Designation.Source.PROGRAMME, enrolment));
        }
        if (completed) {
            credentials.issue(enrolment);
        }
        if (certificate != null) {
            attach(enrolment, module, certificate);
        }
        em.flush();
        audit.recordAbout(enrolment.getEmployee().getId(), "COMPLETE_MODULE", enrolment,
                "module=" + module.getId() + (completed ? ", programme completed" : ""));
        return enrolment;
    }

    /** Attaches a certificate to a module already recorded as completed, replacing any earlier one. */
    public Enrolment attachCertificate(Long enrolmentId, long version, Long moduleId, Upload certificate) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Enrolment enrolment = editable(enrolmentId, version);
        attach(enrolment, module(moduleId), certificate);
        em.flush();
        return enrolment;
    }

    /** The certificate of a completed module, for those who may read the enrolment. */
    public StoredFile certificate(Long enrolmentId, Long moduleId) {
        Enrolment enrolment = enrolment(enrolmentId);
        return enrolment.completionOf(module(moduleId)).map(ModuleCompletion::getCertificate)
                .orElseThrow(NotFoundException::new);
    }

    private Enrolment editable(Long enrolmentId, long version) {
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.requireVersion(version);
        // a change to its completions is a change to the enrolment: the next edit needs the new version
        em.lock(enrolment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return enrolment;
    }

    private ProgrammeModule module(Long moduleId) {
        return Optional.ofNullable(moduleId == null ? null : em.find(ProgrammeModule.class, moduleId)).orElseThrow(
                () -> new InvalidInputException(Problem.inField("module", "training.error.moduleOfOtherProgramme")));
    }

    private void attach(Enrolment enrolment, ProgrammeModule module, Upload certificate) {
        ModuleCompletion completion = enrolment.completionOf(module).orElseThrow(
                () -> new InvalidInputException(Problem.inField("module", "training.error.notCompleted")));
        StoredFile file = files.store(certificate.name(), certificate.content(), CERTIFICATES);
        StoredFile previous = completion.attach(file);
        if (previous != null) {
            files.delete(previous);
        }
        audit.recordAbout(enrolment.getEmployee().getId(), "CERTIFICATE", enrolment,
                "module=" + module.getId() + ", file=" + file.getId());
    }

    public Enrolment changeStatus(Long enrolmentId, long version, EnrolmentStatus status) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Enrolment enrolment = enrolment(enrolmentId);
        enrolment.requireVersion(version);
        enrolment.changeStatus(status);
        em.flush();
        audit.recordAbout(enrolment.getEmployee().getId(), "ENROLMENT_STATUS", enrolment, status.name());
        return enrolment;
    }

    /** The enrolments of a run that the caller may see (leaders: their own institutions'). */
    public List<Enrolment> enrolmentsOf(Long runId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        return em.createQuery("select distinct e from Enrolment e join fetch e.employee join fetch e.institution"
                        + " left join fetch e.completions c left join fetch c.certificate where e.run.id = :r"
                        + " order by e.employee.lastName", Enrolment.class)
                .setParameter("r", runId).getResultStream()
                .filter(e -> caller.canAccessInstitution(e.getInstitution().getId())).toList();
    }

    public List<Enrolment> enrolmentsAt(Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        institutions.get(institutionId);
        return em.createQuery("select e from Enrolment e join fetch e.employee join fetch e.run r join fetch r.programme"
                        + " where e.institution.id = :i order by r.startDate desc", Enrolment.class)
                .setParameter("i", institutionId).getResultList();
    }

    // ---- designations ----

    /**
     * Makes an employee a supervisor of an institution they work at, by hand, from a day and possibly to one: the role
     * must be the institution's sector's, and the person may not already hold it then.
     */
    public Designation grant(Long employeeId, Long institutionId, DesignationKind kind, LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Institution institution = Optional.ofNullable(institutionId).flatMap(institutions::find).orElseThrow(
                () -> new InvalidInputException(Problem.inField("institution", "training.error.institutionRequired")));
        Employee employee = employeeId == null ? null : em.find(Employee.class, employeeId);
        List<Problem> problems = new ArrayList<>();
        if (employee == null) {
            problems.add(Problem.inField("employee", "training.error.employeeRequired"));
        } else if (!employee.isActive() || !employee.worksAt(institution.getId())) {
            problems.add(Problem.inField("employee", "training.error.notWorkingThere"));
        }
        if (kind == null) {
            problems.add(Problem.inField("kind", "training.error.roleRequired"));
        } else if (kind.sector() != institution.getSector()) {
            problems.add(Problem.inField("kind", "training.error.kindOfOtherSector"));
        }
        if (from == null) {
            problems.add(Problem.inField("validFrom", "training.error.dateRequired"));
        } else if (to != null && to.isBefore(from)) {
            problems.add(Problem.inField("validTo", "training.error.dates"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (holds(employee, institution, kind, from, to)) {
            throw new InvalidInputException(Problem.inField("employee", "training.error.alreadyDesignated"));
        }
        Designation designation = new Designation(employee, institution, kind, from, to, Designation.Source.MANUAL,
                null);
        em.persist(designation);
        em.flush();
        audit.recordAbout(employeeId, "GRANT", designation,
                kind + " employee=" + employeeId + " from " + from + (to == null ? "" : " to " + to));
        return designation;
    }

    /** Whether the employee holds the role at the institution on any day of the period. */
    private boolean holds(Employee employee, Institution institution, DesignationKind kind, LocalDate from, LocalDate to) {
        return em.createQuery("select count(d) from Designation d where d.employee = :e and d.institution = :i"
                        + " and d.kind = :k and (d.validTo is null or d.validTo >= :from) and d.validFrom <= :to", Long.class)
                .setParameter("e", employee).setParameter("i", institution).setParameter("k", kind)
                .setParameter("from", from).setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .getSingleResult() > 0;
    }

    /** Ends a designation on a day; its start and the end stay as history. */
    public Designation endDesignation(Long id, long version, LocalDate on) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Designation designation = Optional.ofNullable(id == null ? null : em.find(Designation.class, id))
                .orElseThrow(NotFoundException::new);
        designation.requireVersion(version);
        designation.end(on);
        em.flush();
        audit.recordAbout(designation.getEmployee().getId(), "END", designation, String.valueOf(on));
        return designation;
    }

    /** An institution's designations, current and ended, newest first: for its leaders and supervisors, and coordinators. */
    public List<Designation> designationsAt(Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        institutions.get(institutionId);
        return em.createQuery("select d from Designation d join fetch d.employee where d.institution.id = :i"
                + " order by d.validFrom desc", Designation.class).setParameter("i", institutionId).getResultList();
    }

    // ---- coverage ----

    public Coverage coverage(Long institutionId) {
        Institution institution = institutions.get(institutionId);
        long trained = trainedCounts(List.of(institutionId)).getOrDefault(institutionId, 0L);
        long inTraining = inTrainingCounts(List.of(institutionId)).getOrDefault(institutionId, 0L);
        return new Coverage(institution.getId(), institution.getName(), institution.getSector(), trained, inTraining,
                Coverage.flagFor(trained));
    }

    /** Every institution in the caller's scope with its coverage, the least covered first; three queries in all. */
    public List<Coverage> coverageList() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        List<Institution> all = institutions.choices();
        List<Long> ids = all.stream().map(Institution::getId).toList();
        Map<Long, Long> trained = trainedCounts(ids);
        Map<Long, Long> inTraining = inTrainingCounts(ids);
        return all.stream().map(i -> {
            long t = trained.getOrDefault(i.getId(), 0L);
            return new Coverage(i.getId(), i.getName(), i.getSector(), t, inTraining.getOrDefault(i.getId(), 0L),
                    Coverage.flagFor(t));
        }).sorted((a, b) -> a.trained() != b.trained() ? Long.compare(a.trained(), b.trained())
                : a.institution().compareTo(b.institution())).toList();
    }

    private Map<Long, Long> trainedCounts(List<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        return em.createQuery("select d.institution.id, count(distinct d.employee.id) from Designation d"
                        + " where d.institution.id in :ids and " + Designation.activeOnJpql("d")
                        + " group by d.institution.id", Object[].class)
                .setParameter("ids", institutionIds).setParameter("today", today).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private Map<Long, Long> inTrainingCounts(List<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e.institution.id, count(distinct e.employee.id) from Enrolment e"
                        + " where e.institution.id in :ids and e.status in :statuses group by e.institution.id",
                        Object[].class)
                .setParameter("ids", institutionIds)
                .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.IN_PROGRESS))
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Designations in the caller's scope that end within the warning period (today included), soonest first. */
    public List<Designation> expiring() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        LocalDate today = today();
        boolean all = caller.seesAllInstitutions();
        TypedQuery<Designation> query = em.createQuery("select d from Designation d join fetch d.employee join fetch"
                        + " d.institution where d.validTo >= :today and d.validTo <= :limit"
                        + (all ? "" : " and d.institution.id in :scope") + " order by d.validTo, d.id", Designation.class)
                .setParameter("today", today).setParameter("limit", today.plusDays(Expiry.WARNING_DAYS));
        if (!all) {
            query.setParameter("scope", caller.institutionIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.institutionIds()));
        }
        return query.getResultList();
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

}
