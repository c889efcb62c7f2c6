package dk.kompetencenet.organisation.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.web.Messages;

/** One institution: details for those in scope, the form for administrators and coordinators. */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Long id;
    private long version;
    private boolean active = true;
    private String name;
    private InstitutionType type;
    private String area;
    private String street;
    private String postalCode;
    private String city;

    public void load() {
        if (id == null) {
            if (!isEditable()) {
                throw new AccessDeniedException();
            }
            return;
        }
        Institution i = institutions.get(id);
        version = i.getVersion();
        active = i.isActive();
        name = i.getName();
        type = i.getType();
        area = i.getArea();
        street = i.getAddress().getStreet();
        postalCode = i.getAddress().getPostalCode();
        city = i.getAddress().getCity();
    }

    public String save() {
        Address address = new Address(street, postalCode, city);
        if (id == null) {
            id = institutions.create(name, type, area, address).getId();
        } else {
            institutions.update(id, version, name, type, area, address);
        }
        Messages.info("institution.saved");
        return "/organisation/institution.xhtml?faces-redirect=true&id=" + id;
    }

    public String toggleActive() {
        institutions.setActive(id, version, !active);
        Messages.info(active ? "institution.deactivated" : "institution.reactivated");
        return "/organisation/institution.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isEditable() {
        return caller.seesAllInstitutions();
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
