package dk.kompetencenet.operations.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.operations.Backup;
import dk.kompetencenet.operations.BackupMessages;
import dk.kompetencenet.operations.BackupService;
import dk.kompetencenet.platform.DomainException;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.Messages;

/** The administrators' backup page: take a backup now, and the backups taken. */
@Named
@RequestScoped
public class BackupsBacking {

    @Inject
    private BackupService backups;

    private List<Backup> list;

    /** Takes a backup; says what it holds, or why there is none, on the page it returns to. */
    public String take() {
        try {
            Backup taken = backups.take();
            FacesContext context = FacesContext.getCurrentInstance();
            String text = BackupMessages.taken(context.getViewRoot().getLocale(), taken);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            context.getExternalContext().getFlash().setKeepMessages(true);
        } catch (DomainException refused) {
            Messages.error(refused.key(), refused.arguments());
        }
        return "/admin/backups.xhtml?faces-redirect=true";
    }

    public List<Backup> getBackups() {
        if (list == null) {
            list = backups.list();
        }
        return list;
    }

    public String getFolder() {
        return backups.root().toString();
    }

    public String size(Backup backup) {
        return BackupMessages.size(backup.bytes(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LocalDateTime local(Instant instant) {
        return Zones.local(instant);
    }
}
