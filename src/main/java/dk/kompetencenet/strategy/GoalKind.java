package dk.kompetencenet.strategy;

/** A focus area's goal, or a specific target the strategy sets apart (such as the one on digital bullying). */
public enum GoalKind {
    GOAL, SPECIFIC_TARGET;

    public String labelKey() {
        return "goalKind." + name();
    }
}
