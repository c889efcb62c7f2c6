package dk.kompetencenet.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** A name in Danish (required) and English (Danish where none is given), as levels, areas and competences have. */
@Embeddable
public class BilingualName implements Bilingual {

    @Column(name = "name_da", nullable = false, length = 300)
    private String da;

    @Column(name = "name_en", nullable = false, length = 300)
    private String en;

    protected BilingualName() {
    }

    private BilingualName(String da, String en) {
        this.da = da;
        this.en = en;
    }

    /** A name with its code checked too: both are required; a problem is reported on the given field. */
    public static BilingualName of(String field, String code, String danish, String english) {
        if (code == null || code.isBlank() || danish == null || danish.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, "competence.error.nameRequired"));
        }
        return new BilingualName(danish.strip(), english == null || english.isBlank() ? danish.strip() : english.strip());
    }

    @Override
    public String danish() {
        return da;
    }

    @Override
    public String english() {
        return en;
    }
}
