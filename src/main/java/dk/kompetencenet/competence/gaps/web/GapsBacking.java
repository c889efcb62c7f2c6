package dk.kompetencenet.competence.gaps.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.gaps.Gap;
import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.NotFoundException;

/** The gap page: the competences furthest below target, filtered by sector, area, institution and job role. */
@Named
@ViewScoped
public class GapsBacking extends GapFilterForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private GapService gaps;

    @Inject
    private InstitutionService institutions;

    private List<Gap> rows = List.of();
    private List<Institution> institutionChoices = List.of();
    private List<String> areaChoices = List.of();
    private int minGroup;

    public void load() {
        institutionChoices = institutions.choices();
        areaChoices = gaps.areas();
        if (getArea() != null && !areaChoices.contains(getArea())) {
            throw new NotFoundException();
        }
        minGroup = gaps.minGroup();
        refresh();
    }

    public void refresh() {
        rows = gaps.gaps(filter());
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
}
