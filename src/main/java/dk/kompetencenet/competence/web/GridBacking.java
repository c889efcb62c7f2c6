package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.web.Messages;

/**
 * The rating grid: the staff of an institution against the competences of one area of a framework; every level chosen
 * is saved with one press, all or nothing.
 */
@Named
@ViewScoped
public class GridBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_PEOPLE = 100;

    @Inject
    private CompetenceService competences;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    private Long institution;
    private Long framework;
    private String area;
    private List<Institution> institutionChoices;
    private List<Framework> frameworks;
    private Framework chosen;
    private CompetenceArea chosenArea;
    private List<EmployeeService.Row> people = List.of();
    private Map<String, String> cells = new HashMap<>();

    public void load() {
        institutionChoices = institutions.choices();
        frameworks = competences.frameworks();
        if (institution != null) {
            institutions.get(institution);
        } else if (!institutionChoices.isEmpty()) {
            institution = institutionChoices.get(0).getId();
        }
        if (framework != null) {
            chosen = competences.framework(framework);
        } else if (!frameworks.isEmpty()) {
            framework = frameworks.get(0).getId();
            chosen = competences.framework(framework);
        }
        if (institution == null || chosen == null) {
            if (area != null) {
                throw new NotFoundException();
            }
            chosen = null;
            return;
        }
        chosenArea = chosen.getAreas().stream().filter(a -> a.getCode().equals(area)).findFirst()
                .orElse(chosen.getAreas().isEmpty() ? null : chosen.getAreas().get(0));
        if (area != null && chosenArea != null && !chosenArea.getCode().equals(area)) {
            throw new NotFoundException();
        }
        area = chosenArea == null ? null : chosenArea.getCode();
        people = employees.page(EmployeeService.Filter.at(institution), 0, MAX_PEOPLE);
    }

    public String show() {
        return "/competence/grid.xhtml?faces-redirect=true&institution=" + institution + "&framework=" + framework
                + (area == null ? "" : "&area=" + area);
    }

    public void save() {
        List<CompetenceService.Cell> filled = new ArrayList<>();
        cells.forEach((key, level) -> {
            if (level != null && !level.isBlank()) {
                String[] ids = key.split(":");
                filled.add(new CompetenceService.Cell(Long.valueOf(ids[0]), Long.valueOf(ids[1]), level));
            }
        });
        if (filled.isEmpty()) {
            Messages.errorHere("competence.error.emptyGrid");
            return;
        }
        int saved = competences.rateGrid(filled, null);
        cells.clear();
        Messages.infoHere("grid.saved", saved);
    }

    public String key(Long employeeId, Competence competence) {
        return employeeId + ":" + competence.getId();
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public Framework getChosen() {
        return chosen;
    }

    public CompetenceArea getChosenArea() {
        return chosenArea;
    }

    public List<EmployeeService.Row> getPeople() {
        return people;
    }

    public Map<String, String> getCells() {
        return cells;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
