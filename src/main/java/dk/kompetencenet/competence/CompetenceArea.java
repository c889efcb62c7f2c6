package dk.kompetencenet.competence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** An area of a framework, with its competences in order. */
@Entity
@Table(name = "competence_area")
public class CompetenceArea extends BaseEntity implements Bilingual {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_da", nullable = false, length = 300)
    private String nameDa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Competence> competences = new ArrayList<>();

    protected CompetenceArea() {
    }

    CompetenceArea(Framework framework, String code, int sortOrder, String nameDa, String nameEn) {
        if (code == null || code.isBlank() || nameDa == null || nameDa.isBlank()) {
            throw new InvalidInputException(Problem.inField("areas", "competence.error.nameRequired"));
        }
        this.framework = framework;
        this.code = code.strip();
        this.sortOrder = sortOrder;
        this.nameDa = nameDa.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameDa : nameEn.strip();
    }

    public Competence addCompetence(String competenceCode, String nameDa, String nameEn, String descriptionDa,
                                    String descriptionEn) {
        Competence competence = new Competence(this, competenceCode, competences.size() + 1, nameDa, nameEn,
                descriptionDa, descriptionEn);
        competences.add(competence);
        return competence;
    }

    @Override
    public String danish() {
        return nameDa;
    }

    @Override
    public String english() {
        return nameEn;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<Competence> getCompetences() {
        return Collections.unmodifiableList(competences);
    }
}
