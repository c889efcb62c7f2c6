package dk.kompetencenet.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A step of a framework's proficiency scale (e.g. A1 Nybegynder), with the self-assessment answer that means it. */
@Entity
@Table(name = "proficiency_level")
public class ProficiencyLevel extends BaseEntity implements Bilingual, Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Embedded
    private BilingualName name;

    @Column(name = "stem_da", length = 500)
    private String stemDa;

    @Column(name = "stem_en", length = 500)
    private String stemEn;

    protected ProficiencyLevel() {
    }

    ProficiencyLevel(Framework framework, String code, int rank, String nameDa, String nameEn, String stemDa,
                     String stemEn) {
        this.framework = framework;
        this.rank = rank;
        change(code, nameDa, nameEn, stemDa, stemEn);
    }

    void change(String newCode, String nameDa, String nameEn, String newStemDa, String newStemEn) {
        this.name = BilingualName.of("levels", newCode, nameDa, nameEn, FrameworkText.LEVEL_NAME);
        this.code = newCode.strip();
        this.stemDa = Text.optional("stemDa", newStemDa, FrameworkText.STEM);
        this.stemEn = Text.optional("stemEn", newStemEn, FrameworkText.STEM);
    }

    @Override
    public void place(int position) {
        this.rank = position;
    }

    @Override
    public String danish() {
        return name.danish();
    }

    @Override
    public String english() {
        return name.english();
    }

    public Framework getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public String getStemDa() {
        return stemDa;
    }

    public String getStemEn() {
        return stemEn;
    }
}
