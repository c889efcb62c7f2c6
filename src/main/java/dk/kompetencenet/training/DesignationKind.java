package dk.kompetencenet.training;

import dk.kompetencenet.organisation.Sector;

/** The supervisor roles the strategy builds: digital didactic in daycare, IT-didactic in schools. */
public enum DesignationKind {
    DIGITAL_DIDACTIC_SUPERVISOR(Sector.DAGTILBUD), IT_DIDACTIC_SUPERVISOR(Sector.SKOLE);

    private final Sector sector;

    DesignationKind(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    public String labelKey() {
        return "designationKind." + name();
    }
}
