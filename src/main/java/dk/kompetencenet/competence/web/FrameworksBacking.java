package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.FrameworkCsv;
import dk.kompetencenet.competence.FrameworkService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;

/**
 * The competence frameworks for reading; coordinators also see inactive ones and make a new framework, by hand or from
 * a CSV file (all or nothing, every bad line listed).
 */
@Named
@ViewScoped
public class FrameworksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    private CompetenceService competences;

    @Inject
    private FrameworkService editing;

    private List<Framework> frameworks;
    private String nameDa;
    private String nameEn;
    private String versionLabel = "1";
    private transient Part file;
    private List<Uploads.LineError> errors = List.of();

    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = competences.frameworks(editing.canEdit());
        }
        return frameworks;
    }

    /** A framework from the file where one is chosen, else an empty one to build by hand; then on to its editor. */
    public String create() {
        errors = List.of();
        Framework created;
        if (file == null || file.getSize() == 0) {
            created = editing.create(nameDa, nameEn, null, null, versionLabel);
        } else {
            try {
                created = competences.importCsv(Uploads.read(file, MAX_BYTES), nameDa, nameEn, versionLabel);
            } catch (InvalidInputException e) {
                errors = Uploads.lineErrors(e);
                Messages.errorHere("import.rejected", errors.size());
                return null;
            }
        }
        Messages.info("frameworks.created", created.getNameDa());
        return "/competence/framework-edit.xhtml?faces-redirect=true&id=" + created.getId();
    }

    public boolean isEditor() {
        return editing.canEdit();
    }

    public String getHeader() {
        return String.join(";", FrameworkCsv.HEADER);
    }

    public List<Uploads.LineError> getErrors() {
        return errors;
    }

    public String getNameDa() {
        return nameDa;
    }

    public void setNameDa(String nameDa) {
        this.nameDa = nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public void setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
