package dk.kompetencenet.platform.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;

import dk.kompetencenet.platform.Dates;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;

/**
 * The last word on what is stored, for every entity (the default entity listener in {@code META-INF/orm.xml}): each text
 * column by {@link Text#stored} (no longer than its {@code @Column} length, no control characters; line breaks only in
 * columns of paragraphs), each date by {@link Dates}. So no feature can store a NUL in a name or a meeting in year 9999,
 * whichever form, API or import it came through; the refusal names the field and saves nothing. Services still check
 * earlier where they can say more (a missing title, an end before a start).
 */
public class FieldRules {

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<Problem> problems = new ArrayList<>();
        check(entity, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void check(Object target, String prefix, List<Problem> problems) {
        for (Field field : fields(target.getClass())) {
            Object value = read(field, target);
            String name = prefix + field.getName();
            if (value instanceof String text) {
                Column column = field.getAnnotation(Column.class);
                Text.stored(name, text, column == null ? 255 : column.length()).ifPresent(problems::add);
            } else if (value instanceof LocalDate day) {
                Dates.problem(name, day).ifPresent(problems::add);
            } else if (value instanceof LocalDateTime time) {
                Dates.problem(name, time).ifPresent(problems::add);
            } else if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                check(value, name + ".", problems);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                            && !f.isAnnotationPresent(Derived.class)
                            && !f.isAnnotationPresent(Transient.class) && kept(f)) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }

    private static boolean kept(Field f) {
        Class<?> type = f.getType();
        return type == String.class || type == LocalDate.class || type == LocalDateTime.class
                || f.isAnnotationPresent(Embedded.class) || type.isAnnotationPresent(Embeddable.class);
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
