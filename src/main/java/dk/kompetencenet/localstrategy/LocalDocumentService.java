package dk.kompetencenet.localstrategy;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.ConcurrentChangeException;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.files.FilePolicy;
import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.files.FileType;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyRevised;

/**
 * The register of local strategies and procedures. Staff with a role at an institution read its register; its leaders
 * and the coordinators keep it. The municipality view pages institutions in the database and reads every document of
 * a page in one query, so its cost does not grow with the number of institutions.
 */
@ApplicationScoped
@Transactional
public class LocalDocumentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditLog audit;

    @Inject
    private FileStore files;

    private final Clock clock = Clock.systemUTC();

    // counts per kind: [adopted and current, adopted but overdue for review, in progress]

    /** One required document of an institution: its kind, and the record if there is one. */
    public record Entry(DocumentKind kind, LocalDocument document) implements Serializable {

        public Standing standing(LocalDate today) {
            return document == null ? Standing.MISSING : document.standing(today);
        }
    }

    /** Which institutions to show: a sector, those lacking an adopted document of one kind, a name search. */
    public record Filter(Sector sector, String lacking, String text) {
    }

    /** One institution of the municipality view, with the standing of each kind it must have (absent: not required). */
    public record Row(Long institutionId, String institution, InstitutionType type, Map<String, Standing> standings) implements Serializable {

        public Standing standingOf(String kindKey) {
            return standings.get(kindKey);
        }
    }

    /** How many institutions must have a kind of document, and how many have it adopted, in progress or missing. */
    public record Tally(DocumentKind kind, long required, long adopted, long reviewOverdue, long inProgress) implements Serializable {

        public long missing() {
            return Math.max(0, required - adopted - reviewOverdue - inProgress);
        }
    }

    /** Every kind of document with its checklist, in order. */
    public List<DocumentKind> kinds() {
        return em.createQuery("select distinct k from DocumentKind k left join fetch k.sections order by k.sortOrder",
                DocumentKind.class).getResultList();
    }

    public Optional<DocumentKind> kind(String key) {
        return em.createQuery("select k from DocumentKind k where k.key = :k", DocumentKind.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** The documents an institution must have, with what is recorded of each. */
    public List<Entry> register(Long institutionId) {
        Institution institution = readable(institutionId);
        Map<Long, LocalDocument> recorded = em.createQuery("select d from LocalDocument d where d.institution = :i",
                        LocalDocument.class).setParameter("i", institution).getResultStream()
                .collect(Collectors.toMap(d -> d.getKind().getId(), d -> d));
        return kinds().stream().filter(k -> k.isRequiredOf(institution.getType()))
                .map(k -> new Entry(k, recorded.get(k.getId()))).toList();
    }

    /** One required document of an institution; unknown or not required kinds are not found. */
    public Entry entry(Long institutionId, String kindKey) {
        return register(institutionId).stream().filter(e -> e.kind().getKey().equals(kindKey)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Records an institution's document. {@code version} is that of the record the editor saw, or null when there was
     * none; an edit made on an older copy is refused.
     */
    public LocalDocument save(Long institutionId, String kindKey, Long version, LocalDocument.Details details,
                              Long ownerId, Set<String> sectionCodes) {
        return save(institutionId, kindKey, version, details, ownerId, sectionCodes, null);
    }

    /** Records an institution's document and, in the same transaction, keeps its file (when one is given). */
    public LocalDocument save(Long institutionId, String kindKey, Long version, LocalDocument.Details details,
                              Long ownerId, Set<String> sectionCodes, Upload upload) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Entry entry = entry(institutionId, kindKey);
        LocalDocument document = entry.document();
        if (document == null) {
            if (version != null) {
                throw new ConcurrentChangeException();
            }
            document = new LocalDocument(institutions.get(institutionId), entry.kind());
            em.persist(document);
        } else {
            document.requireVersion(version == null ? -1 : version);
        }
        Employee owner = ownerId == null ? null : Optional.ofNullable(em.find(Employee.class, ownerId)).orElseThrow(() ->
                new InvalidInputException(Problem.inField("ownerId", "document.error.ownerElsewhere")));
        Set<String> codes = sectionCodes == null ? Set.of() : sectionCodes;
        Set<DocumentSection> done = entry.kind().getSections().stream().filter(s -> codes.contains(s.getCode()))
                .collect(Collectors.toSet());
        if (done.size() != codes.size()) {
            throw new InvalidInputException(Problem.inField("sections", "document.error.unknownSection"));
        }
        document.record(details, owner, done, today(), caller.name(), clock.instant());
        em.flush();
        audit.record("LOCAL_DOCUMENT", "Institution", institutionId, kindKey + "=" + details.status());
        return upload == null ? document : attach(institutionId, kindKey, document.getVersion(), upload);
    }

    /** What a local document file may be: a PDF of at most 10 MB. */
    public static final FilePolicy DOCUMENT_FILES = new FilePolicy(10 * 1024 * 1024, Set.of(FileType.PDF));

    /**
     * Keeps an institution's document as a PDF, replacing any earlier file. The document must have been recorded
     * (status at least); {@code version} is the one the editor saw.
     */
    public LocalDocument attach(Long institutionId, String kindKey, long version, Upload upload) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        LocalDocument document = Optional.ofNullable(entry(institutionId, kindKey).document()).orElseThrow(() ->
                new InvalidInputException(Problem.inField("file", "document.error.recordFirst")));
        document.requireVersion(version);
        StoredFile previous = document.keepFile(files.store(upload.name() == null || upload.name().isBlank()
                ? kindKey + ".pdf" : upload.name(), upload.content(), DOCUMENT_FILES), caller.name(), clock.instant());
        if (previous != null) {
            files.delete(previous);
        }
        em.flush();
        audit.record("LOCAL_DOCUMENT_FILE", "Institution", institutionId, kindKey);
        return document;
    }

    /** An institution's document file, for those who may read its register. */
    public StoredFile file(Long institutionId, String kindKey) {
        return Optional.ofNullable(entry(institutionId, kindKey).document()).map(LocalDocument::getFile)
                .orElseThrow(NotFoundException::new);
    }

    // ---- the municipality view ----

    public long count(Filter filter) {
        return institutionQuery("select count(i) from Institution i", filter, Long.class).getSingleResult();
    }

    /** A page of institutions with the standing of every document each must have: three queries, whatever the page. */
    public List<Row> page(Filter filter, int first, int max) {
        List<Institution> page = institutionQuery("select i from Institution i", filter, Institution.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<DocumentKind> kinds = kinds();
        Map<Long, Map<Long, Object[]>> recorded = new HashMap<>();
        em.createQuery("select d.institution.id, d.kind.id, d.status, d.nextReviewOn from LocalDocument d"
                        + " where d.institution.id in :ids", Object[].class)
                .setParameter("ids", page.stream().map(Institution::getId).toList()).getResultStream()
                .forEach(r -> recorded.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], r));
        LocalDate today = today();
        return page.stream().map(i -> {
            Map<String, Standing> standings = new LinkedHashMap<>();
            for (DocumentKind kind : kinds) {
                if (kind.isRequiredOf(i.getType())) {
                    Object[] r = recorded.getOrDefault(i.getId(), Map.of()).get(kind.getId());
                    standings.put(kind.getKey(), r == null ? Standing.MISSING
                            : LocalDocument.standing((DocumentStatus) r[2], (LocalDate) r[3], today));
                }
            }
            return new Row(i.getId(), i.getName(), i.getType(), standings);
        }).toList();
    }

    /** Per kind: how many institutions must have it and where they stand. Four queries, whatever the size. */
    public List<Tally> tallies(Sector sector) {
        Filter filter = new Filter(sector, null, null);
        Map<InstitutionType, Long> perType = new HashMap<>();
        institutionQuery("select i.type, count(i) from Institution i", filter, Object[].class, " group by i.type")
                .getResultStream().forEach(r -> perType.put((InstitutionType) r[0], (Long) r[1]));
        // No CASE in the select list: with one, EclipseLink stops binding on Derby and writes "= true" as "= 1".
        Map<Long, long[]> counts = new HashMap<>();
        institutionQuery("select d.kind.id, d.status, count(d) from LocalDocument d join d.institution i", filter,
                Object[].class, " group by d.kind.id, d.status").getResultStream().forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[3]);
                    if (r[1] == DocumentStatus.ADOPTED) {
                        c[0] += ((Number) r[2]).longValue();
                    } else if (r[1] == DocumentStatus.IN_PROGRESS) {
                        c[2] += ((Number) r[2]).longValue();
                    }
                });
        institutionQuery("select d.kind.id, count(d) from LocalDocument d join d.institution i", filter,
                Object[].class, " and d.status = :adopted and d.nextReviewOn < :today group by d.kind.id")
                .setParameter("adopted", DocumentStatus.ADOPTED).setParameter("today", today()).getResultStream()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[3]);
                    c[0] -= ((Number) r[1]).longValue();
                    c[1] += ((Number) r[1]).longValue();
                });
        List<Tally> tallies = new ArrayList<>();
        for (DocumentKind kind : kinds()) {
            long required = kind.requiredTypes().stream().mapToLong(t -> perType.getOrDefault(t, 0L)).sum();
            long[] c = counts.getOrDefault(kind.getId(), new long[3]);
            tallies.add(new Tally(kind, required, c[0], c[1], c[2]));
        }
        return tallies;
    }

    /** One institution's register as tallies (each required kind counts once, where it stands). */
    public List<Tally> talliesOf(Long institutionId) {
        LocalDate today = today();
        return register(institutionId).stream().map(e -> {
            Standing s = e.standing(today);
            return new Tally(e.kind(), 1, s == Standing.ADOPTED ? 1 : 0, s == Standing.REVIEW_OVERDUE ? 1 : 0,
                    s == Standing.IN_PROGRESS ? 1 : 0);
        }).toList();
    }

    private <T> TypedQuery<T> institutionQuery(String select, Filter filter, Class<T> type) {
        return institutionQuery(select, filter, type, type == Long.class ? "" : " order by i.name");
    }

    private <T> TypedQuery<T> institutionQuery(String select, Filter filter, Class<T> type, String tail) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        // A bound parameter, and binding forced: where EclipseLink writes values into the SQL itself (here, for the
        // sub-query) it writes true as 1, which Derby refuses for a BOOLEAN column.
        List<String> where = new ArrayList<>(List.of("i.active = :active"));
        Map<String, Object> parameters = new HashMap<>(Map.of("active", Boolean.TRUE));
        if (filter.sector() != null) {
            where.add("i.type in :sectorTypes");
            parameters.put("sectorTypes", EnumSet.allOf(InstitutionType.class).stream()
                    .filter(t -> t.sector() == filter.sector()).toList());
        }
        if (filter.lacking() != null && !filter.lacking().isBlank()) {
            DocumentKind kind = kind(filter.lacking()).orElseThrow(() ->
                    new InvalidInputException(Problem.inField("lacking", "document.error.unknownKind", filter.lacking())));
            where.add("i.type in :requiredTypes and not exists (select d from LocalDocument d where d.institution = i"
                    + " and d.kind = :lackingKind and d.status = :adopted)");
            parameters.put("requiredTypes", List.copyOf(kind.requiredTypes()));
            parameters.put("lackingKind", kind);
            parameters.put("adopted", DocumentStatus.ADOPTED);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("lower(i.name) like :text");
            parameters.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        if (!caller.seesAllInstitutions()) {
            where.add("i.id in :scope");
            parameters.put("scope", caller.institutionIds().isEmpty() ? List.of(-1L)
                    : List.copyOf(caller.institutionIds()));
        }
        TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", where) + tail, type)
                .setHint("eclipselink.jdbc.bind-parameters", "true");
        parameters.forEach(query::setParameter);
        return query;
    }

    /** When the strategy is revised with its links carried forward, the kinds of document serve the new initiatives. */
    void carryLinksForward(@Observes StrategyRevised revised) {
        revised.linkedRecords(em, DocumentKind.class).forEach(k -> k.getInitiatives().addAll(
                revised.withSuccessors(k.getInitiatives())));
    }

    private Institution readable(Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        return institutions.get(institutionId);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }
}
