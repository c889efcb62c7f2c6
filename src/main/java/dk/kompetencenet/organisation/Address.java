package dk.kompetencenet.organisation;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;

/** A Danish postal address. The postal code, where given, has four digits. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(length = 100)
    private String city;

    protected Address() {
    }

    public Address(String street, String postalCode, String city) {
        String code = Text.optional(postalCode);
        if (code != null && !code.matches("\\d{4}")) {
            throw new InvalidInputException(Problem.inField("postalCode", "address.error.postalCode", code));
        }
        this.street = Text.optional(street);
        this.postalCode = code;
        this.city = Text.optional(city);
    }


    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    /** "Street, 9440 City", leaving out what is missing. */
    public String oneLine() {
        String town = ((postalCode == null ? "" : postalCode + " ") + (city == null ? "" : city)).trim();
        if (street == null) {
            return town;
        }
        return town.isEmpty() ? street : street + ", " + town;
    }
}
