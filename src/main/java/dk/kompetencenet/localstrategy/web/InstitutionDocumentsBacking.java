package dk.kompetencenet.localstrategy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** One institution's register of the local strategies and procedures it must have. */
@Named
@ViewScoped
public class InstitutionDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocalDocumentService documents;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Long institution;
    private Institution place;
    private List<LocalDocumentService.Entry> entries;

    public void load() {
        entries = documents.register(institution);
        place = institutions.get(institution);
    }

    public boolean isEditor() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
    }

    public LocalDate getToday() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

    public Institution getPlace() {
        return place;
    }

    public List<LocalDocumentService.Entry> getEntries() {
        return entries;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }
}
