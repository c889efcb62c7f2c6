package dk.kompetencenet.practice.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.practice.PracticeInitiatives;
import dk.kompetencenet.strategy.Initiative;

/**
 * Requests equipment for an institution, or shows one need with its steps so far: its keepers change what is needed
 * and record the next step (approved, delivered, in use, or rejected).
 */
@Named
@ViewScoped
public class EquipmentFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private InstitutionService institutions;

    @Inject
    private PracticeInitiatives initiatives;

    private Long institution;
    private Long id;
    private Institution place;
    private boolean editable;
    private long version;
    private String what;
    private Integer quantity = 1;
    private String purpose;
    private LocalDate requestedOn;
    private List<Long> initiativeIds = new ArrayList<>();
    private List<Initiative> initiativeChoices;
    private EquipmentStatus status;
    private List<EquipmentNeed.Step> steps = List.of();
    private EquipmentStatus nextStatus;
    private LocalDate nextOn;

    public void load() {
        if (id != null) {
            EquipmentNeed need = equipment.get(id);
            place = need.getInstitution();
            version = need.getVersion();
            what = need.getWhat();
            quantity = need.getQuantity();
            purpose = need.getPurpose();
            requestedOn = need.getRequestedOn();
            initiativeIds = PracticeInitiatives.ids(need.getInitiatives());
            status = need.getStatus();
            steps = need.steps();
        } else {
            place = institutions.get(institution);
            requestedOn = today();
            initiativeIds = PracticeInitiatives.ids(initiatives.of(PracticeInitiatives.Kind.EQUIPMENT));
        }
        institution = place.getId();
        editable = equipment.canKeep(institution);
        initiativeChoices = initiatives.choices(place.getType().sector());
        nextOn = today();
    }

    public String save() {
        EquipmentNeed.Details details = new EquipmentNeed.Details(what, quantity, purpose);
        if (id == null) {
            equipment.request(institution, details, requestedOn, new HashSet<>(initiativeIds));
        } else {
            equipment.change(id, version, details, new HashSet<>(initiativeIds));
        }
        Messages.info("equipment.saved");
        return register();
    }

    public String advance() {
        equipment.advance(id, version, nextStatus, nextOn);
        Messages.info("equipment.advanced");
        return register();
    }

    private String register() {
        return "/practice/institution-equipment.xhtml?faces-redirect=true&institution=" + institution;
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

    /** The statuses the need can move on to; for the next-step form. */
    public List<EquipmentStatus> getNextStatuses() {
        return status == null ? List.of() : status.next().stream().sorted().toList();
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public Institution getPlace() {
        return place;
    }

    public boolean isEditable() {
        return editable;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public List<EquipmentNeed.Step> getSteps() {
        return steps;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }

    public EquipmentStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(EquipmentStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public LocalDate getNextOn() {
        return nextOn;
    }

    public void setNextOn(LocalDate nextOn) {
        this.nextOn = nextOn;
    }
}
