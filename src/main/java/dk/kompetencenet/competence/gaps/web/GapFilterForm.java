package dk.kompetencenet.competence.gaps.web;

import java.io.Serializable;

import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.Sector;

/**
 * What a gap is narrowed to, as pages take it (view parameters and choosers): sector, area, institution and job role.
 * The gap page and the forms that plan a meeting or a date poll from a gap share it.
 */
public class GapFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Sector sector;
    private String area;
    private Long institution;
    private JobRole jobRole;

    /** The filter for {@link GapService}, in the default framework. */
    public GapService.Filter filter() {
        return new GapService.Filter(null, sector, area, institution, jobRole);
    }

    /** Whether any part is given. */
    public boolean isNarrowed() {
        return sector != null || area != null || institution != null || jobRole != null;
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
