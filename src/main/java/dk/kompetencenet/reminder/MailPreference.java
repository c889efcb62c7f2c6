package dk.kompetencenet.reminder;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * Which kinds of reminder mail a person gets, and in which language. Everyone gets every kind meant for them until
 * they turn it off; a row exists only for someone who changed something.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreference extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Column(name = "meeting_reminders", nullable = false)
    private boolean meetingReminders = true;

    @Column(name = "round_reminders", nullable = false)
    private boolean roundReminders = true;

    @Column(name = "due_dates", nullable = false)
    private boolean dueDates = true;

    @Column(nullable = false)
    private boolean digest = true;

    @Column(name = "mail_language", length = 2)
    private String language;

    protected MailPreference() {
    }

    public MailPreference(Employee employee) {
        this.employee = employee;
    }

    /** Whether the person gets mails of this kind. */
    public boolean wants(ReminderKind kind) {
        return switch (kind) {
            case MEETING -> meetingReminders;
            case ROUND -> roundReminders;
            case DUE_DATES -> dueDates;
            case DIGEST -> digest;
        };
    }

    /** Turns one kind on or off. */
    public void choose(ReminderKind kind, boolean wanted) {
        switch (kind) {
            case MEETING -> meetingReminders = wanted;
            case ROUND -> roundReminders = wanted;
            case DUE_DATES -> dueDates = wanted;
            case DIGEST -> digest = wanted;
        }
    }

    /** The language of the person's mails: one Kompetencenet speaks, Danish unless they chose English. */
    public Locale locale() {
        return Texts.supported(language == null ? null : Locale.forLanguageTag(language));
    }

    public void chooseLanguage(Locale locale) {
        this.language = Texts.supported(locale).getLanguage();
    }

    /** The language they chose, if they chose one. */
    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    public Employee getEmployee() {
        return employee;
    }
}
