package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.CalendarImport;
import dk.kompetencenet.meeting.ImportPreview;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Meetings from an .ics file (e.g. exported from Outlook): upload shows a preview of every event (what becomes a
 * meeting, what is skipped and why) and saves nothing; confirm imports, cancel forgets the file.
 */
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
    private byte[] uploaded;
    private List<PreviewRow> rows = List.of();
    private List<SkippedRow> skippedRows = List.of();

    /** An event that becomes a meeting, as the preview table shows it. */
    public record PreviewRow(String title, LocalDateTime firstStart, String repeats, int comingYear, String notice,
                             String staff, String notStaff) implements Serializable {
    }

    /** An event that is not imported, as the preview table shows it. */
    public record SkippedRow(int line, String title, String reasons) implements Serializable {
    }
    private List<Initiative> initiativeChoices;
    private List<NetworkService.Row> networkChoices;

    public void load() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        networkChoices = networks.list();
    }

    /** Reads the file and shows what it holds; saves nothing. */
    public void upload() {
        clear();
        try {
            byte[] content = Uploads.read(file, MAX_BYTES);
            ImportPreview preview = calendarImport.preview(content);
            Locale locale = locale();
            rows = preview.events().stream().map(e -> new PreviewRow(e.title(), e.firstStart(),
                    Texts.get(locale, e.repeats()), e.comingYear(),
                    e.notice() == null ? null : Texts.get(locale, e.notice()),
                    e.staff().stream().map(i -> i.name() + " <" + i.email() + ">").collect(Collectors.joining(", ")),
                    String.join(", ", e.notStaff()))).toList();
            skippedRows = preview.skipped().stream().map(sk -> new SkippedRow(sk.line(), sk.title(),
                    Texts.get(locale, "meetingImport.line", sk.line()) + " " + sk.reasons().stream()
                            .map(r -> Texts.get(locale, r)).collect(Collectors.joining(" ")))).toList();
            uploaded = rows.isEmpty() ? null : content;
            if (rows.isEmpty()) {
                Messages.errorHere("meetingImport.nothingToImport");
                return;
            }
            // What confirming would refuse is said now, while the choices above the preview can still be changed.
            long withoutInvitees = networkId == null
                    ? preview.events().stream().filter(e -> e.staff().isEmpty()).count() : 0;
            if (initiativeIds == null || initiativeIds.isEmpty()) {
                uploaded = null;
                Messages.errorHere("meetingImport.noInitiatives");
            }
            if (withoutInvitees > 0) {
                uploaded = null;
                Messages.errorHere("meetingImport.noInvitees", withoutInvitees);
            }
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    /** Imports what the preview showed, in one transaction. */
    public void confirm() {
        if (uploaded == null) {
            return;
        }
        try {
            int created = calendarImport.importIcs(uploaded, kind, new HashSet<>(initiativeIds),
                    new MeetingService.Invitees(networkId, null, null)).created().size();
            clear();
            Messages.infoHere("meetingImport.done", created);
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    public void cancel() {
        clear();
        Messages.infoHere("meetingImport.cancelled");
    }

    private void clear() {
        errors = List.of();
        uploaded = null;
        rows = List.of();
        skippedRows = List.of();
    }

    private void showErrors(InvalidInputException e) {
        Locale locale = locale();
        errors = e.problems().stream().map(p -> (p.line() == null ? "" : Texts.get(locale, "meetingImport.line",
                p.line()) + " ") + Texts.get(locale, p.key(), p.arguments().toArray())).toList();
        Messages.errorHere("meetingImport.rejected");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isPreviewing() {
        return uploaded != null;
    }

    public List<PreviewRow> getRows() {
        return rows;
    }

    public List<SkippedRow> getSkippedRows() {
        return skippedRows;
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
