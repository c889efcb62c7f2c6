package dk.kompetencenet.platform.web;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A form field's maxlength read from the entity's own {@code @Column} length, so the page, the check
 * ({@link dk.kompetencenet.platform.persistence.FieldRules}) and the column share one number:
 * {@code maxlength="#{columns.length('Employee', 'firstName')}"}. The type is an entity's or embeddable's simple name.
 */
@Named
@ApplicationScoped
public class Columns {

    private final Map<String, Integer> lengths = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    public int length(String type, String field) {
        return lengths.computeIfAbsent(type + "." + field, key -> column(type, field).length());
    }

    private Column column(String type, String field) {
        Class<?> owner = em.getMetamodel().getManagedTypes().stream().map(t -> (Class<?>) t.getJavaType())
                .filter(c -> c.getSimpleName().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity or embeddable named " + type));
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                Column column = f.getAnnotation(Column.class);
                if (column != null) {
                    return column;
                }
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new IllegalArgumentException("No column " + type + "." + field);
    }
}
