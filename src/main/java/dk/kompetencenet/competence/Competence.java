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

/** A competence of a framework area (e.g. 2.1 Selecting digital resources), described in our own words. */
@Entity
@Table(name = "competence")
public class Competence extends BaseEntity implements Bilingual, Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private CompetenceArea area;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private BilingualName name;

    @Column(name = "description_da", length = 2000)
    private String descriptionDa;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    protected Competence() {
    }

    Competence(CompetenceArea area, String code, int sortOrder, String nameDa, String nameEn, String descriptionDa,
               String descriptionEn) {
        this.area = area;
        this.sortOrder = sortOrder;
        change(code, nameDa, nameEn, descriptionDa, descriptionEn);
    }

    void change(String newCode, String nameDa, String nameEn, String newDescriptionDa, String newDescriptionEn) {
        this.name = BilingualName.of("competences", newCode, nameDa, nameEn, FrameworkText.NAME);
        this.code = newCode.strip();
        this.descriptionDa = Text.optional("descriptionDa", newDescriptionDa,
                FrameworkText.COMPETENCE_DESCRIPTION);
        this.descriptionEn = Text.optional("descriptionEn", newDescriptionEn,
                FrameworkText.COMPETENCE_DESCRIPTION);
    }

    @Override
    public void place(int position) {
        this.sortOrder = position;
    }

    @Override
    public String danish() {
        return name.danish();
    }

    @Override
    public String english() {
        return name.english();
    }

    public CompetenceArea getArea() {
        return area;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }
}
