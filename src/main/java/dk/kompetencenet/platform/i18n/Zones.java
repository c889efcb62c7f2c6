package dk.kompetencenet.platform.i18n;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Kompetencenet's time: Europe/Copenhagen, with summer time. */
public final class Zones {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private Zones() {
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, COPENHAGEN);
    }
}
