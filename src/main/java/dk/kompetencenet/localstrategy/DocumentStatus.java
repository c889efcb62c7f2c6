package dk.kompetencenet.localstrategy;

/** Where an institution's document stands, as recorded; see {@link LocalDocument#standing} for what is shown. */
public enum DocumentStatus {
    MISSING, IN_PROGRESS, ADOPTED;

    public String labelKey() {
        return "documentStatus." + name();
    }
}
