package dk.kompetencenet.platform.persistence;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

/**
 * Identity by database id: two entities are equal when they are of the same class and carry the same id. Ids come from
 * one id table, handed out 50 at a time (a table works the same on Derby and PostgreSQL and lets inserts batch).
 * Serializable, because pages keep entities in view-scoped beans, which live in the HTTP session that a cluster
 * replicates (SessionStateSerializableTest).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @TableGenerator(name = "ids", table = "id_generator", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "entity", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    /**
     * Gives a new entity an id taken beforehand ({@link IdBlocks}, for bulk inserts), which JPA then keeps instead of
     * generating one; refused once the entity has an id.
     */
    protected final void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException(this + " already has an id");
        }
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
