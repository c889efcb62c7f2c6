package dk.kompetencenet.organisation;

/** The kinds of institution the strategy covers, each belonging to one sector. */
public enum InstitutionType {
    SKOLE(Sector.SKOLE),
    BOERNEHAVE(Sector.DAGTILBUD),
    INTEGRERET_INSTITUTION(Sector.DAGTILBUD),
    DAGPLEJE(Sector.DAGTILBUD),
    SPECIALTILBUD(Sector.SKOLE),
    UNGDOMSSKOLE(Sector.SKOLE);

    private final Sector sector;

    InstitutionType(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    /** The message key of the type's name. */
    public String labelKey() {
        return "institutionType." + name();
    }
}
