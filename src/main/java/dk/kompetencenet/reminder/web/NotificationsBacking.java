package dk.kompetencenet.reminder.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.reminder.MailPreference;
import dk.kompetencenet.reminder.MailPreferences;
import dk.kompetencenet.reminder.ReminderKind;

/** The person's own reminder mails ({@code /account/notifications.xhtml}): which kinds, and in which language. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    private List<ReminderKind> kinds;
    private final Map<ReminderKind, Boolean> wanted = new EnumMap<>(ReminderKind.class);
    private String language;
    private long version;

    public void load() {
        kinds = preferences.kindsForMe().stream().sorted().toList();
        show(preferences.mine());
    }

    public void save() {
        Map<ReminderKind, Boolean> chosen = new EnumMap<>(ReminderKind.class);
        kinds.forEach(kind -> chosen.put(kind, Boolean.TRUE.equals(wanted.get(kind))));
        show(preferences.save(chosen, Locale.forLanguageTag(language == null ? "da" : language), version));
        Messages.info("notifications.saved");
    }

    private void show(MailPreference preference) {
        for (ReminderKind kind : ReminderKind.values()) {
            wanted.put(kind, preference.wants(kind));
        }
        language = preference.locale().getLanguage();
        version = preference.getVersion();
    }

    public List<ReminderKind> getKinds() {
        return kinds;
    }

    public Map<ReminderKind, Boolean> getWanted() {
        return wanted;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "da";
    }

    public long getVersion() {
        return version;
    }
}
