package dk.kompetencenet.strategy;

/**
 * A strategy is in force until a revised version replaces it. Revising archives the old version at once (the new one
 * is the strategy in force from then on, its start date opening its own follow-up and evaluation); the archived one
 * stays readable and can no longer be changed.
 */
public enum StrategyStatus {
    ACTIVE, ARCHIVED;

    public String labelKey() {
        return "strategyStatus." + name();
    }
}
