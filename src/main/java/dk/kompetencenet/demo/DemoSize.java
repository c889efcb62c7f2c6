package dk.kompetencenet.demo;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * {@code kompetencenet.demo.size}: {@code small} (the default) loads {@code seed/demo/}; {@code large} loads the same
 * and then generates a large municipality on top of it (see {@link LargeMunicipality}), whether or not
 * {@code kompetencenet.demo} is on.
 */
enum DemoSize {
    SMALL, LARGE;

    private static final Logger LOG = Logger.getLogger(DemoSize.class.getName());

    static DemoSize of(String configured) {
        String value = configured == null ? "" : configured.strip().toUpperCase(Locale.ROOT);
        for (DemoSize size : values()) {
            if (size.name().equals(value)) {
                return size;
            }
        }
        LOG.warning(() -> "kompetencenet.demo.size='" + configured + "' is neither 'small' nor 'large'; using small");
        return SMALL;
    }
}
