package dk.kompetencenet.strategy;

/** A strategy is in force until a revised version replaces it; the old one stays readable. */
public enum StrategyStatus {
    ACTIVE, ARCHIVED
}
