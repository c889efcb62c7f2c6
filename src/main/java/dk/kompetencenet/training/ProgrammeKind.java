package dk.kompetencenet.training;

/** What kind of training a programme is. */
public enum ProgrammeKind {
    SUPERVISOR_EDUCATION, DIPLOMA_MODULE, INTERNAL_COURSE;

    public String labelKey() {
        return "programmeKind." + name();
    }
}
