package dk.kompetencenet.training.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.TrainingService;

/** Supervisor coverage of every institution in scope, least covered first, and designations about to expire. */
@Named
@RequestScoped
public class CoverageBacking {

    @Inject
    private TrainingService training;

    private List<TrainingService.Coverage> rows;
    private List<Designation> expiring;

    public List<TrainingService.Coverage> getRows() {
        if (rows == null) {
            rows = training.coverageList();
        }
        return rows;
    }

    public List<Designation> getExpiring() {
        if (expiring == null) {
            expiring = training.expiring();
        }
        return expiring;
    }
}
