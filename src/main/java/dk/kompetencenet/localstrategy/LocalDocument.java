package dk.kompetencenet.localstrategy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * An institution's copy of a required document: its status, adoption and review dates, owner, where to read it, and
 * which of the sections the strategy asks for it already contains.
 */
@Entity
@Table(name = "local_document")
public class LocalDocument extends VersionedEntity {

    /** When no review date is given, an adopted document is reviewed after two years, as the strategy itself is. */
    static final int DEFAULT_REVIEW_YEARS = 2;

    /** What the editor sends: everything but the institution, the kind and the checked sections. */
    public record Details(DocumentStatus status, LocalDate adoptedOn, LocalDate nextReviewOn, String link) {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_id")
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status = DocumentStatus.MISSING;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(length = 1000)
    private String link;

    @ManyToOne
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @ManyToMany
    @JoinTable(name = "local_document_section", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "section_id"))
    private Set<DocumentSection> sectionsDone = new HashSet<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected LocalDocument() {
    }

    public LocalDocument(Institution institution, DocumentKind kind) {
        if (!kind.isRequiredOf(institution.getType())) {
            throw new InvalidInputException(Problem.inField("kind", "document.error.notRequired"));
        }
        this.institution = institution;
        this.kind = kind;
    }

    /**
     * Records the document's state. An adopted document needs its adoption date, which cannot be in the future; the
     * review date must come after it and defaults to two years on; a link must be a web address; only the kind's own
     * sections can be ticked off.
     */
    public void record(Details details, Employee newOwner, Set<DocumentSection> done, LocalDate today, String by,
                       Instant at) {
        if (details.status() == null) {
            throw new InvalidInputException(Problem.inField("status", "document.error.statusRequired"));
        }
        if (details.status() == DocumentStatus.ADOPTED && details.adoptedOn() == null) {
            throw new InvalidInputException(Problem.inField("adoptedOn", "document.error.adoptedOnRequired"));
        }
        if (details.adoptedOn() != null && details.adoptedOn().isAfter(today)) {
            throw new InvalidInputException(Problem.inField("adoptedOn", "training.error.future"));
        }
        LocalDate review = details.nextReviewOn() == null && details.adoptedOn() != null
                ? details.adoptedOn().plusYears(DEFAULT_REVIEW_YEARS) : details.nextReviewOn();
        if (review != null && details.adoptedOn() != null && !review.isAfter(details.adoptedOn())) {
            throw new InvalidInputException(Problem.inField("nextReviewOn", "document.error.reviewBeforeAdoption"));
        }
        if (newOwner != null && newOwner.getInstitutions().stream().noneMatch(institution::equals)) {
            throw new InvalidInputException(Problem.inField("ownerId", "document.error.ownerElsewhere"));
        }
        if (done.stream().anyMatch(s -> !s.getKind().equals(kind))) {
            throw new InvalidInputException(Problem.inField("sections", "document.error.unknownSection"));
        }
        this.status = details.status();
        this.adoptedOn = details.adoptedOn();
        this.nextReviewOn = review;
        this.owner = newOwner;
        this.link = webAddress(details.link());
        this.sectionsDone.clear();
        this.sectionsDone.addAll(done);
        this.changedAt = at;
        this.changedBy = by;
    }

    static String webAddress(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String stripped = link.strip();
        try {
            URI uri = new URI(stripped);
            if (stripped.length() <= 1000 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return stripped;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException(Problem.inField("link", "document.error.badLink"));
    }

    /** What the municipality view shows for this document today. */
    public Standing standing(LocalDate today) {
        return standing(status, nextReviewOn, today);
    }

    static Standing standing(DocumentStatus status, LocalDate nextReviewOn, LocalDate today) {
        return switch (status == null ? DocumentStatus.MISSING : status) {
            case MISSING -> Standing.MISSING;
            case IN_PROGRESS -> Standing.IN_PROGRESS;
            case ADOPTED -> nextReviewOn != null && nextReviewOn.isBefore(today) ? Standing.REVIEW_OVERDUE
                    : Standing.ADOPTED;
        };
    }

    /**
     * Keeps the document as a file, replacing any earlier one.
     *
     * @return the file it replaces, for the caller to remove, or null
     */
    public StoredFile keepFile(StoredFile newFile, String by, Instant at) {
        StoredFile previous = file;
        this.file = newFile;
        this.changedAt = at;
        this.changedBy = by;
        return previous;
    }

    public StoredFile getFile() {
        return file;
    }

    public boolean isDone(DocumentSection section) {
        return sectionsDone.contains(section);
    }

    public Institution getInstitution() {
        return institution;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public Employee getOwner() {
        return owner;
    }

    public String getLink() {
        return link;
    }

    public Set<DocumentSection> getSectionsDone() {
        return sectionsDone;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
