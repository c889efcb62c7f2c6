package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.platform.web.Messages;

/** A person's self-assessment in a round: every answer is saved as it is chosen, so they can stop and come back. */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoundService rounds;

    @Inject
    private CompetenceService competences;

    private Long id;
    private AssessmentRound round;
    private Framework framework;
    private Map<Long, String> answers = new HashMap<>();

    public void load() {
        round = rounds.get(id);
        answers = new HashMap<>(rounds.myAnswers(id));
        framework = competences.framework(round.getFramework().getId());
    }

    /** Saves the answer for one competence (called when a level is chosen). */
    public void save(Competence competence) {
        rounds.answer(id, competence.getId(), answers.get(competence.getId()));
        Messages.infoHere("round.saved", answers.size(), framework.competences().size());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentRound getRound() {
        return round;
    }

    public Framework getFramework() {
        return framework;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
