package dk.kompetencenet.organisation.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.organisation.EmployeeCsv;
import dk.kompetencenet.organisation.StaffImport;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;

/** Staff import from a CSV file: all or nothing, with every bad line listed. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    private StaffImport staffImport;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Long institution;
    private transient Part file;
    private List<Institution> institutionChoices;
    private List<Uploads.LineError> errors = List.of();

    public void load() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        if (institution != null) {
            institutions.get(institution); // 403 outside the caller's scope
        }
        institutionChoices = institutions.choices();
        if (institution == null && institutionChoices.size() == 1) {
            institution = institutionChoices.get(0).getId();
        }
    }

    public void upload() {
        errors = List.of();
        try {
            int imported = staffImport.importCsv(institution, Uploads.read(file, MAX_BYTES));
            Messages.infoHere("import.done", imported);
        } catch (InvalidInputException e) {
            errors = Uploads.lineErrors(e);
            Messages.errorHere("import.rejected", errors.size());
        }
    }

    public String getHeader() {
        return String.join(";", EmployeeCsv.HEADER);
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public List<Uploads.LineError> getErrors() {
        return errors;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
