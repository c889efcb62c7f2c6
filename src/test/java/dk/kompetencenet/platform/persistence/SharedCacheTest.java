package dk.kompetencenet.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.CompiledClasses;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;

/**
 * EclipseLink's shared (second-level) cache lives in one JVM: in a cluster, a node would go on serving an entity that
 * another node has changed. The persistence unit's {@code ENABLE_SELECTIVE} keeps every entity out of it unless the
 * entity says {@code @Cacheable(true)}, and none does; EclipseLink reads {@code eclipselink.cache.shared.*} only from
 * the persistence unit, not from system properties, so a node cannot switch it off from outside (README, "Running
 * several nodes (cluster)").
 */
class SharedCacheTest {

    private static final Pattern MODE = Pattern.compile("<shared-cache-mode>\\s*(\\w+)\\s*</shared-cache-mode>");

    @Test
    void theSharedCacheHoldsNoEntity() throws IOException {
        Matcher mode = MODE.matcher(Files.readString(Path.of("src/main/resources/META-INF/persistence.xml")));
        assertThat(mode.find()).as("persistence.xml names its shared-cache-mode").isTrue();
        assertThat(mode.group(1)).isIn("ENABLE_SELECTIVE", "NONE");

        List<Class<?>> entities = CompiledClasses.ofApplication().stream()
                .filter(c -> c.isAnnotationPresent(Entity.class)).toList();
        assertThat(entities).as("entities found").hasSizeGreaterThan(20);
        assertThat(entities).as("entities in the shared cache, which a cluster's nodes do not keep in step")
                .filteredOn(SharedCacheTest::cached).isEmpty();
    }

    private static boolean cached(Class<?> entity) {
        Cacheable cacheable = entity.getAnnotation(Cacheable.class);
        return cacheable != null && cacheable.value() || Arrays.stream(entity.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("org.eclipse.persistence.annotations.Cache"));
    }
}
