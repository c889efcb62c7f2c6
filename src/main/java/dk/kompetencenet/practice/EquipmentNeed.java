package dk.kompetencenet.practice;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * Equipment an institution needs to carry out the strategy: what, how many, what for, and how far it has come. Its
 * status only moves forward, one step at a time ({@link EquipmentStatus}); each step keeps its date and who recorded it,
 * and no step is dated before the one it follows or after today.
 */
@Entity
@Table(name = "equipment_need")
public class EquipmentNeed extends VersionedEntity {

    static final int SHORT_TEXT = 300;
    static final int PURPOSE_TEXT = 1000;
    static final int MAX_QUANTITY = 10_000;

    /** What the need is, the same for requesting and changing it. */
    public record Details(String what, Integer quantity, String purpose) {
    }

    /** One step taken: to which status, on which day, by whom. */
    public record Step(EquipmentStatus status, LocalDate on, String by) implements Serializable {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "what_needed", nullable = false, length = SHORT_TEXT)
    private String what;

    @Column(nullable = false)
    private int quantity;

    @Column(length = PURPOSE_TEXT)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EquipmentStatus status = EquipmentStatus.REQUESTED;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "delivered_by", length = 100)
    private String deliveredBy;

    @Column(name = "in_use_on")
    private LocalDate inUseOn;

    @Column(name = "in_use_by", length = 100)
    private String inUseBy;

    @Column(name = "rejected_on")
    private LocalDate rejectedOn;

    @Column(name = "rejected_by", length = 100)
    private String rejectedBy;

    @ManyToMany
    @JoinTable(name = "equipment_need_initiative", joinColumns = @JoinColumn(name = "need_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected EquipmentNeed() {
    }

    /** A new need, requested on the given day (today when none is given), which cannot be in the future. */
    public EquipmentNeed(Institution institution, Details details, Set<Initiative> serves, LocalDate requestedOn,
                         LocalDate today, String by, Instant at) {
        LocalDate on = requestedOn == null ? today : requestedOn;
        if (on.isAfter(today)) {
            throw new InvalidInputException(Problem.inField("requestedOn", "equipment.error.future"));
        }
        this.institution = institution;
        describe(details, serves, by, at);
        this.requestedOn = on;
        this.requestedBy = by;
    }

    /** Changes what is needed; its status and steps stay as they are. */
    public final void describe(Details details, Set<Initiative> serves, String by, Instant at) {
        String newWhat = Text.required("what", details.what(), SHORT_TEXT, "equipment.error.whatRequired");
        if (details.quantity() == null || details.quantity() < 1 || details.quantity() > MAX_QUANTITY) {
            throw new InvalidInputException(Problem.inField("quantity", "equipment.error.quantity", MAX_QUANTITY));
        }
        String newPurpose = Text.optional("purpose", details.purpose(), PURPOSE_TEXT);
        Checks.requireInitiatives(serves, institution);
        this.what = newWhat;
        this.quantity = details.quantity();
        this.purpose = newPurpose;
        this.initiatives.clear();
        this.initiatives.addAll(serves);
        this.changedAt = at;
        this.changedBy = by;
    }

    /**
     * Takes the next step: only to a status that follows the current one ({@link EquipmentStatus#next()}), dated
     * today when no date is given, not in the future and not before the step it follows.
     */
    public void advance(EquipmentStatus to, LocalDate on, LocalDate today, String by, Instant at) {
        if (to == null) {
            throw new InvalidInputException(Problem.inField("status", "equipment.error.statusRequired"));
        }
        if (!status.canMoveTo(to)) {
            throw new InvalidInputException(Problem.inField("status", to.refusalKey()));
        }
        LocalDate date = on == null ? today : on;
        if (date.isAfter(today)) {
            throw new InvalidInputException(Problem.inField("on", "equipment.error.future"));
        }
        if (date.isBefore(lastStep().on())) {
            throw new InvalidInputException(Problem.inField("on", "equipment.error.dateOrder"));
        }
        switch (to) {
            case APPROVED -> {
                approvedOn = date;
                approvedBy = by;
            }
            case DELIVERED -> {
                deliveredOn = date;
                deliveredBy = by;
            }
            case IN_USE -> {
                inUseOn = date;
                inUseBy = by;
            }
            case REJECTED -> {
                rejectedOn = date;
                rejectedBy = by;
            }
            default -> throw new IllegalStateException("No step leads back to " + to);
        }
        this.status = to;
        this.changedAt = at;
        this.changedBy = by;
    }

    /** The steps taken so far, in order, from the request on. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(EquipmentStatus.REQUESTED, requestedOn, requestedBy));
        if (approvedOn != null) {
            steps.add(new Step(EquipmentStatus.APPROVED, approvedOn, approvedBy));
        }
        if (deliveredOn != null) {
            steps.add(new Step(EquipmentStatus.DELIVERED, deliveredOn, deliveredBy));
        }
        if (inUseOn != null) {
            steps.add(new Step(EquipmentStatus.IN_USE, inUseOn, inUseBy));
        }
        if (rejectedOn != null) {
            steps.add(new Step(EquipmentStatus.REJECTED, rejectedOn, rejectedBy));
        }
        return steps;
    }

    /** The latest step: the one that brought the need to its present status. */
    public Step lastStep() {
        List<Step> steps = steps();
        return steps.get(steps.size() - 1);
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getWhat() {
        return what;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getPurpose() {
        return purpose;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Set<Initiative> getInitiatives() {
        return initiatives;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
