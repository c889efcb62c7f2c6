package dk.kompetencenet.privacy;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.i18n.Zones;

/**
 * How long personal data of someone who left is kept before it may be erased:
 * {@code kompetencenet.personal-data.retention-months}, 12 by default (see README, "Security, personal data, time").
 */
@ApplicationScoped
public class Retention {

    @Inject
    @ConfigProperty(name = "kompetencenet.personal-data.retention-months", defaultValue = "12")
    private int months;

    public int months() {
        return Math.max(0, months);
    }

    /** Who left on this day or before may be erased today. */
    public LocalDate leftOnOrBefore() {
        return today().minusMonths(months());
    }

    public LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }
}
