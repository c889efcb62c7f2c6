package dk.kompetencenet.organisation;

/** The two areas of the school and daycare administration. */
public enum Sector {
    DAGTILBUD, SKOLE
}
