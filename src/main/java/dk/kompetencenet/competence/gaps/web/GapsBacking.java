package dk.kompetencenet.competence.gaps.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.gaps.Gap;
import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.NotFoundException;

/** The gap page: the competences furthest below target, filtered by sector, area, institution and job role. */
@Named
@ViewScoped
public class GapsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GapService gaps;

    @Inject
    private InstitutionService institutions;

    private Sector sector;
    private String area;
    private Long institution;
    private JobRole jobRole;
    private List<Gap> rows = List.of();
    private List<Institution> institutionChoices = List.of();
    private List<String> areaChoices = List.of();
    private int minGroup;

    public void load() {
        institutionChoices = institutions.choices();
        areaChoices = gaps.areas();
        if (area != null && !areaChoices.contains(area)) {
            throw new NotFoundException();
        }
        minGroup = gaps.minGroup();
        refresh();
    }

    public void refresh() {
        rows = gaps.gaps(new GapService.Filter(null, sector, area, institution, jobRole));
    }

    public List<Gap> getRows() {
        return rows;
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public List<String> getAreaChoices() {
        return areaChoices;
    }

    public JobRole[] getJobRoles() {
        return JobRole.values();
    }

    public int getMinGroup() {
        return minGroup;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null || area.isBlank() ? null : area;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public void setJobRole(JobRole jobRole) {
        this.jobRole = jobRole;
    }
}
