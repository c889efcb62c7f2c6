package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.web.LocaleBacking;
import dk.kompetencenet.testsupport.CompiledClasses;
import jakarta.inject.Inject;

/**
 * A cluster replicates HTTP sessions (web.xml's {@code <distributable/>}), and JSF keeps view-scoped beans in the
 * session: every session-, view-, conversation- or flow-scoped bean of the application, and whatever its fields hold,
 * must survive Java serialisation. This scans the compiled classes and names each field that would not.
 * <p>
 * What it accepts, and why: {@code @Inject} fields (Weld refuses at deployment a passivating bean with a dependency
 * that is not passivation capable; normal-scoped beans and EJBs arrive as serialisable proxies); primitives, enums and
 * Serializable JDK types; the collection interfaces {@code Collection}, {@code List}, {@code Set} and {@code Map}
 * when their element types pass (the application fills them with ArrayList, HashMap, {@code List.of} or
 * {@code Stream.toList()}, all Serializable). The application's own Serializable types (entities, records, forms) are
 * followed field by field. Not seen here: what EclipseLink weaves into entities at run time (its value holders are
 * Serializable, its session references transient).
 */
class SessionStateSerializableTest {

    private static final List<String> PASSIVATING_SCOPES = List.of(
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.view.ViewScoped",
            "jakarta.faces.flow.FlowScoped",
            "org.omnifaces.cdi.ViewScoped");
    private static final Set<Class<?>> COLLECTIONS = Set.of(Collection.class, List.class, Set.class, Map.class);

    @Test
    void everySessionOrViewScopedBeanSerialisesWithAllItsFields() {
        List<Class<?>> beans = passivatingBeans();
        assertThat(beans).as("beans found in the compiled classes").hasSizeGreaterThan(30).contains(LocaleBacking.class);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getName(), new HashSet<>(), problems);
        }
        assertThat(problems).as("fields that would break session replication (make them transient and re-obtainable,"
                + " or their types Serializable)").isEmpty();
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!COLLECTIONS.contains(raw)) {
                checkType(raw, path, seen, problems);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Class<?>> seen, List<String> problems) {
        if (c.isPrimitive() || c.isEnum() || COLLECTIONS.contains(c)) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), path + "[]", seen, problems);
        } else if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        } else if (c.getName().startsWith("dk.kompetencenet.")) {
            checkFields(c, path, seen, problems);
        }
    }

    private static List<Class<?>> passivatingBeans() {
        List<Class<? extends Annotation>> scopes = PASSIVATING_SCOPES.stream()
                .<Class<? extends Annotation>>mapMulti((name, out) -> annotation(name).ifPresent(out))
                .toList();
        return CompiledClasses.ofApplication().stream()
                .filter(c -> scopes.stream().anyMatch(c::isAnnotationPresent))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Annotation>> annotation(String name) {
        try {
            return Optional.of((Class<? extends Annotation>) Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
