package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.ParticipationReport;
import dk.kompetencenet.platform.i18n.Zones;

/** Participation in network and theme meetings over a period, per institution and per person, within scope. */
@Named
@ViewScoped
public class ParticipationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipationReport participation;

    private LocalDate from = LocalDate.now(Zones.COPENHAGEN).minusMonths(12);
    private LocalDate to = LocalDate.now(Zones.COPENHAGEN);
    private List<ParticipationReport.Participation> institutions;
    private List<ParticipationReport.Participation> people;

    @PostConstruct
    public void show() {
        institutions = participation.participationByInstitution(from, to);
        people = participation.participationByPerson(from, to, null);
    }

    public List<ParticipationReport.Participation> getInstitutions() {
        return institutions;
    }

    public List<ParticipationReport.Participation> getPeople() {
        return people;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
