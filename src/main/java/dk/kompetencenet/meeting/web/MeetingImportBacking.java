package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.CalendarImport;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/** Meetings from an .ics file (e.g. exported from Outlook): all or nothing, with every problem listed. */
@Named
@ViewScoped
public class MeetingImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    private CalendarImport calendarImport;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    private transient Part file;
    private MeetingKind kind = MeetingKind.NETWORK_MEETING;
    private List<Long> initiativeIds = new ArrayList<>();
    private Long networkId;
    private List<String> errors = List.of();
    private List<Initiative> initiativeChoices;
    private List<NetworkService.Row> networkChoices;

    public void load() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        networkChoices = networks.list();
    }

    public void upload() {
        errors = List.of();
        try {
            int created = calendarImport.importIcs(Uploads.read(file, MAX_BYTES), kind, new HashSet<>(initiativeIds),
                    new MeetingService.Invitees(networkId, null, null)).size();
            Messages.infoHere("meetingImport.done", created);
        } catch (InvalidInputException e) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            errors = e.problems().stream().map(p -> (p.line() == null ? "" : Texts.get(locale, "meetingImport.line",
                    p.line()) + " ") + Texts.get(locale, p.key(), p.arguments().toArray())).toList();
            Messages.errorHere("meetingImport.rejected");
        }
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public List<NetworkService.Row> getNetworkChoices() {
        return networkChoices;
    }

    public List<String> getErrors() {
        return errors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }
}
