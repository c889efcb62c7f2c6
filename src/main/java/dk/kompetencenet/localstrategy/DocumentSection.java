package dk.kompetencenet.localstrategy;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.competence.BilingualName;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** One section the strategy asks a kind of document to contain: an item of its checklist. */
@Entity
@Table(name = "document_section")
public class DocumentSection extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_id")
    private DocumentKind kind;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    private BilingualName name;

    protected DocumentSection() {
    }

    DocumentSection(DocumentKind kind, String code, int sortOrder, BilingualName name) {
        this.kind = kind;
        this.code = code;
        this.sortOrder = sortOrder;
        this.name = name;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
