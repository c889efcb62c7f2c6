package dk.kompetencenet.training.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.TrainingService;

/** The training programmes. */
@Named
@RequestScoped
public class ProgrammesBacking {

    @Inject
    private TrainingService training;

    private List<Programme> programmes;

    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = training.programmes();
        }
        return programmes;
    }
}
