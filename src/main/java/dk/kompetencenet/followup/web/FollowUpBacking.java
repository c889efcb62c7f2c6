package dk.kompetencenet.followup.web;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.followup.FollowUpReport;
import dk.kompetencenet.followup.Indicator;
import dk.kompetencenet.followup.IndicatorSnapshot;
import dk.kompetencenet.followup.ReportDocuments;
import dk.kompetencenet.overview.effect.EffectFigures;
import dk.kompetencenet.overview.effect.InitiativeEffect;
import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.followup.SnapshotService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;

/** The snapshots of the strategy in force, taking one, and the report comparing two. */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private Caller caller;

    private Long from;
    private Long to;
    private SnapshotKind kind = SnapshotKind.ON_DEMAND;
    private String label;
    private List<IndicatorSnapshot> taken;
    private FollowUpReport report;
    private InitiativeEffect.Comparison effect;
    private List<Observation> observations = List.of();

    public void load() {
        taken = snapshots.snapshots();
        if (Stream.of(from, to).anyMatch(id -> id != null && taken.stream().noneMatch(s -> s.getId().equals(id)))) {
            throw new NotFoundException();
        }
        if (!taken.isEmpty()) {
            report = snapshots.report(from, to);
            effect = snapshots.effect();
            observations = snapshots.observations();
            from = report.from().id();
            to = report.to().id();
        }
    }

    public String take() {
        IndicatorSnapshot snapshot = snapshots.take(kind, label);
        Messages.info("snapshot.taken");
        return "/followup/index.xhtml?faces-redirect=true&to=" + snapshot.getId();
    }

    public String compare() {
        return "/followup/index.xhtml?faces-redirect=true&from=" + from + "&to=" + to;
    }

    public String value(Indicator indicator) {
        return ReportDocuments.value(indicator);
    }

    public String change(FollowUpReport.Line line) {
        return ReportDocuments.change(line);
    }

    public boolean isCoordinator() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    public SnapshotKind[] getKinds() {
        return SnapshotKind.values();
    }

    public List<IndicatorSnapshot> getTaken() {
        return taken;
    }

    /** The report's section "Observationer" (coordinators'; empty for leaders). */
    public List<Observation> getObservations() {
        return observations;
    }

    /** An observation's sentence in the page's language. */
    public String text(Observation observation) {
        return observation.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The effect of the strategy's initiatives between two rounds; null without two closed rounds. */
    public InitiativeEffect.Comparison getEffect() {
        return effect;
    }

    /** An average or change with two decimals in the page's language, "–" for none. */
    public String figure(Double value, boolean signed) {
        return EffectFigures.figure(value, signed, jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale());
    }

    public FollowUpReport getReport() {
        return report;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }

    public SnapshotKind getKind() {
        return kind;
    }

    public void setKind(SnapshotKind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
