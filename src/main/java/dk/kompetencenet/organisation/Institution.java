package dk.kompetencenet.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.VersionedEntity;

/** A school, daycare institution, dagpleje, special provision or youth school of the municipality. */
@Entity
@Table(name = "institution")
@NamedQuery(name = "Institution.byName", query = "select i from Institution i where lower(i.name) = lower(:name)")
@NamedQuery(name = "Institution.count", query = "select count(i) from Institution i")
public class Institution extends VersionedEntity {

    /** The longest name (the column's length). */
    public static final int NAME_LENGTH = 200;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 30)
    private InstitutionType type;

    @Column(length = 100)
    private String area;

    @Embedded
    private Address address;

    @Column(nullable = false)
    private boolean active = true;

    protected Institution() {
    }

    public Institution(String name, InstitutionType type, String area, Address address) {
        describe(name, type, area, address);
    }

    /** Changes what the institution is called, what kind it is and where it lies. */
    public final void describe(String name, InstitutionType type, String area, Address address) {
        this.name = name.trim();
        this.type = type;
        this.area = area == null || area.isBlank() ? null : area.trim();
        this.address = address;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Sector getSector() {
        return type.sector();
    }

    public String getName() {
        return name;
    }

    public InstitutionType getType() {
        return type;
    }

    public String getArea() {
        return area;
    }

    public Address getAddress() {
        return address == null ? new Address(null, null, null) : address;
    }

    public boolean isActive() {
        return active;
    }
}
