package dk.kompetencenet.competence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** An area of a framework, with its competences in order. */
@Entity
@Table(name = "competence_area")
public class CompetenceArea extends BaseEntity implements Bilingual, Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private BilingualName name;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Competence> competences = new ArrayList<>();

    protected CompetenceArea() {
    }

    CompetenceArea(Framework framework, String code, int sortOrder, String nameDa, String nameEn) {
        this.framework = framework;
        this.sortOrder = sortOrder;
        change(code, nameDa, nameEn);
    }

    void change(String newCode, String nameDa, String nameEn) {
        this.name = BilingualName.of("areas", newCode, nameDa, nameEn, FrameworkText.NAME);
        this.code = newCode.strip();
    }

    /** Adds a competence at the end of the area; its code must be new in the whole framework. */
    public Competence addCompetence(String competenceCode, String nameDa, String nameEn, String descriptionDa,
                                    String descriptionEn) {
        framework.requireFreeCompetenceCode(competenceCode, null);
        Competence competence = new Competence(this, competenceCode, competences.size() + 1, nameDa, nameEn,
                descriptionDa, descriptionEn);
        competences.add(competence);
        return competence;
    }

    void remove(Competence competence) {
        competences.remove(competence);
        Ordered.renumber(competences);
    }

    void move(Competence competence, int by) {
        Ordered.move(competences, competence, by);
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
