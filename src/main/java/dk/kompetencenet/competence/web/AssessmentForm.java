package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.time.LocalDate;

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.platform.i18n.Zones;

/** What the profile page's assessment form holds. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long competence;
    private String level;
    private LocalDate assessedOn = LocalDate.now(Zones.COPENHAGEN);
    private String note;
    private String evidence;
    private String instrument;
    private Assessment.DataType dataType;
    private String tool;
    private String reflection;

    /** The evaluation competence's evidence given with it (instrument, data type, tool, reflection). */
    Assessment.EvaluationEvidence evaluation() {
        return new Assessment.EvaluationEvidence(instrument, dataType, tool, reflection);
    }

    public Long getCompetence() {
        return competence;
    }

    public void setCompetence(Long competence) {
        this.competence = competence;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public Assessment.DataType getDataType() {
        return dataType;
    }

    public void setDataType(Assessment.DataType dataType) {
        this.dataType = dataType;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
