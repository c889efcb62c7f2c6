package dk.kompetencenet.training;

/** Where an employee stands in a run of a programme. */
public enum EnrolmentStatus {
    PLANNED, ENROLLED, IN_PROGRESS, COMPLETED, DROPPED_OUT;

    public boolean isInTraining() {
        return this == ENROLLED || this == IN_PROGRESS;
    }

    public String labelKey() {
        return "enrolmentStatus." + name();
    }
}
