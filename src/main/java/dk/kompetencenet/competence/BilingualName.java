package dk.kompetencenet.competence;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;

/** A name in Danish (required) and English (Danish where none is given), as levels, areas and competences have. */
@Embeddable
public class BilingualName implements Bilingual, Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * A name for other features' reference data (document kinds and their sections): Danish required, each name at most
     * 300 characters; a problem is reported on the given field.
     */
    public static BilingualName named(String field, String danish, String english) {
        if (danish == null || danish.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, "competence.error.nameRequired"));
        }
        String da = Text.optional(field, danish, 300);
        String en = Text.optional(field, english, 300);
        return new BilingualName(da, en == null ? da : en);
    }

    /**
     * A name with its code checked too: both are required, the code at most {@value FrameworkText#CODE} characters and
     * each name at most {@code maxName}; a problem is reported on the given field.
     */
    static BilingualName of(String field, String code, String danish, String english, int maxName) {
        if (code == null || code.isBlank() || danish == null || danish.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, "competence.error.nameRequired"));
        }
        Text.optional(field, code, FrameworkText.CODE);
        String da = Text.optional(field, danish, maxName);
        String en = Text.optional(field, english, maxName);
        return new BilingualName(da, en == null ? da : en);
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
