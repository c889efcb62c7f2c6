package dk.kompetencenet.meeting.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.context.FacesContext;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.gaps.GapService;
import dk.kompetencenet.competence.gaps.web.GapFilterForm;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.strategy.Initiative;

/**
 * A theme meeting planned from a competence gap (the gap page's link, {@code ?competence=ID&institution=..&sector=..
 * &area=..&jobRole=..}): the title names the competence, the initiatives are its framework's (those of the current strategy;
 * else the user picks), the proposed invitees the people in view furthest below target (at most
 * {@link GapService#INVITEES}), and the meeting records the competence.
 */
public class ThemeFromGap extends GapFilterForm {

    private static final long serialVersionUID = 1L;

    private Long competence;
    private String competenceName;

    boolean isRequested() {
        return competence != null;
    }

    /** A gap's filter without the competence it narrows: a link no page makes, answered as not found. */
    boolean isIncomplete() {
        return competence == null && isNarrowed();
    }

    /** Fills in the initiatives and people and returns the title; the gap service checks role and scope. */
    String prefill(GapService gaps, List<Initiative> choices, List<Long> initiativeIds, List<Employee> people) {
        Competence c = gaps.competence(competence);
        Set<Initiative> served = c.getArea().getFramework().getInitiatives();
        choices.stream().filter(served::contains).forEach(i -> initiativeIds.add(i.getId()));
        people.addAll(gaps.proposedInvitees(competence, filter()));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        competenceName = c.getCode() + " " + c.in(locale);
        return Texts.get(locale, Message.of("gaps.themeTitle", competenceName));
    }

    /** The competence planned for, as the form shows it (code and name); null when not planned from a gap. */
    public String getCompetenceName() {
        return competenceName;
    }

    Set<Long> competenceIds() {
        return competence == null ? Set.of() : Set.of(competence);
    }

    public Long getCompetence() {
        return competence;
    }

    public void setCompetence(Long competence) {
        this.competence = competence;
    }
}
