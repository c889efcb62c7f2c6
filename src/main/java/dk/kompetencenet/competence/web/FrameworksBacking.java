package dk.kompetencenet.competence.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;

/** The competence frameworks, for reading. */
@Named
@RequestScoped
public class FrameworksBacking {

    @Inject
    private CompetenceService competences;

    private List<Framework> frameworks;

    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = competences.frameworks();
        }
        return frameworks;
    }
}
