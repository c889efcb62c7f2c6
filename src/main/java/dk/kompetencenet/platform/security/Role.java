package dk.kompetencenet.platform.security;

/** The roles of Kompetencenet. Their names are the group names the identity store gives and the roles pages require. */
public enum Role {
    ADMIN, COORDINATOR, LEADER, SUPERVISOR, EMPLOYEE;

    /** Roles that see and act on every institution of the municipality. */
    public boolean isMunicipalityWide() {
        return this == ADMIN || this == COORDINATOR;
    }
}
