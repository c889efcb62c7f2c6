package dk.kompetencenet.localstrategy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.localstrategy.DocumentKind;
import dk.kompetencenet.localstrategy.DocumentSection;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.localstrategy.LocalDocument;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;

/** The form for one of an institution's required documents: status, dates, owner, link and checklist. */
@Named
@ViewScoped
public class DocumentFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Staff of one institution are few enough to list in a chooser; more than this is refused, not truncated. */
    private static final int MAX_OWNERS = 1000;

    @Inject
    private LocalDocumentService documents;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private Caller caller;

    private Long institution;
    private String kind;
    private Institution place;
    private DocumentKind documentKind;
    private Long version;
    private DocumentStatus status = DocumentStatus.IN_PROGRESS;
    private LocalDate adoptedOn;
    private LocalDate nextReviewOn;
    private Long ownerId;
    private String link;
    private List<String> sections = new ArrayList<>();
    private List<EmployeeService.Row> owners;
    private transient Part file;
    private StoredFile currentFile;

    public void load() {
        LocalDocumentService.Entry entry = documents.entry(institution, kind);
        place = institutions.get(institution);
        documentKind = entry.kind();
        LocalDocument d = entry.document();
        if (d != null) {
            version = d.getVersion();
            status = d.getStatus();
            adoptedOn = d.getAdoptedOn();
            nextReviewOn = d.getNextReviewOn();
            ownerId = d.getOwner() == null ? null : d.getOwner().getId();
            link = d.getLink();
            sections = new ArrayList<>(d.getSectionsDone().stream().map(DocumentSection::getCode).toList());
            currentFile = d.getFile();
        }
        owners = employees.page(EmployeeService.Filter.at(institution), 0, MAX_OWNERS);
    }

    public String save() {
        Upload upload = file == null || file.getSize() == 0 ? null : new Upload(file.getSubmittedFileName(),
                Uploads.read(file, LocalDocumentService.DOCUMENT_FILES.maxBytes()));
        documents.save(institution, kind, version, new LocalDocument.Details(status, adoptedOn, nextReviewOn, link),
                ownerId, new HashSet<>(sections), upload);
        Messages.info("document.saved");
        return "/strategy/institution-documents.xhtml?faces-redirect=true&institution=" + institution;
    }

    public boolean isEditable() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public StoredFile getCurrentFile() {
        return currentFile;
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public Institution getPlace() {
        return place;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public List<EmployeeService.Row> getOwners() {
        return owners;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }
}
