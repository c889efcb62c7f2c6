package dk.kompetencenet.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A competence of a framework area (e.g. 2.1 Selecting digital resources), described in our own words. */
@Entity
@Table(name = "competence")
public class Competence extends BaseEntity implements Bilingual {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private CompetenceArea area;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_da", nullable = false, length = 300)
    private String nameDa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "description_da", length = 2000)
    private String descriptionDa;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    protected Competence() {
    }

    Competence(CompetenceArea area, String code, int sortOrder, String nameDa, String nameEn, String descriptionDa,
               String descriptionEn) {
        if (code == null || code.isBlank() || nameDa == null || nameDa.isBlank()) {
            throw new InvalidInputException(Problem.inField("competences", "competence.error.nameRequired"));
        }
        this.area = area;
        this.code = code.strip();
        this.sortOrder = sortOrder;
        this.nameDa = nameDa.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameDa : nameEn.strip();
        this.descriptionDa = descriptionDa;
        this.descriptionEn = descriptionEn;
    }

    @Override
    public String danish() {
        return nameDa;
    }

    @Override
    public String english() {
        return nameEn;
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
