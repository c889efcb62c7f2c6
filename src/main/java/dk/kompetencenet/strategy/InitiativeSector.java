package dk.kompetencenet.strategy;

import java.util.Locale;

import dk.kompetencenet.organisation.Sector;

/** Where an initiative applies: daycare (dagtilbud), school, or both. */
public enum InitiativeSector {
    DAGTILBUD, SKOLE, BOTH;

    public boolean appliesTo(Sector sector) {
        return this == BOTH || name().equals(sector.name());
    }

    /** The value used in the REST API and seed files: dagtilbud, skole, both. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InitiativeSector fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public String labelKey() {
        return "initiativeSector." + name();
    }
}
