package dk.kompetencenet.localstrategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.competence.BilingualName;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * A kind of document the strategy requires of institutions of one or both sectors, with the checklist of sections it
 * asks for and the initiatives it carries out. Reference data, from {@code seed/strategy/local-documents.json}.
 */
@Entity
@Table(name = "document_kind")
public class DocumentKind extends BaseEntity {

    @Column(name = "seed_key", nullable = false, length = 100)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private BilingualName name;

    @Column(name = "for_dagtilbud", nullable = false)
    private boolean forDagtilbud;

    @Column(name = "for_skole", nullable = false)
    private boolean forSkole;

    @OneToMany(mappedBy = "kind", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<DocumentSection> sections = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "document_kind_initiative", joinColumns = @JoinColumn(name = "kind_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected DocumentKind() {
    }

    public DocumentKind(String key, int sortOrder, BilingualName name, Set<Sector> sectors,
                        Set<Initiative> initiatives) {
        this.key = key;
        this.sortOrder = sortOrder;
        this.name = name;
        this.forDagtilbud = sectors.contains(Sector.DAGTILBUD);
        this.forSkole = sectors.contains(Sector.SKOLE);
        this.initiatives.addAll(initiatives);
    }

    public DocumentSection addSection(String code, BilingualName sectionName) {
        DocumentSection section = new DocumentSection(this, code, sections.size() + 1, sectionName);
        sections.add(section);
        return section;
    }

    /** Whether an institution of this type must have the document. */
    public boolean isRequiredOf(InstitutionType type) {
        return type.sector() == Sector.DAGTILBUD ? forDagtilbud : forSkole;
    }

    /** The institution types that must have the document, for queries. */
    public Set<InstitutionType> requiredTypes() {
        Set<InstitutionType> types = new HashSet<>();
        for (InstitutionType type : InstitutionType.values()) {
            if (isRequiredOf(type)) {
                types.add(type);
            }
        }
        return types;
    }

    public String getKey() {
        return key;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public List<DocumentSection> getSections() {
        return sections;
    }

    public Set<Initiative> getInitiatives() {
        return initiatives;
    }

    public boolean isForDagtilbud() {
        return forDagtilbud;
    }

    public boolean isForSkole() {
        return forSkole;
    }
}
