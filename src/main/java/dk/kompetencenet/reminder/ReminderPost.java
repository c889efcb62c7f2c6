package dk.kompetencenet.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.MeetingMail;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.security.tokens.TokenSecret;

/**
 * Sends the reminders a job has drafted: to each person who has not turned the kind off, about what they have not been
 * reminded of in its period, in their language, with the unsubscribe link and headers; records each as a
 * {@link SentReminder} in the job's transaction, and the mails go out once it commits ({@code meeting/MailSender}).
 * Two queries whatever the number of people: the preferences, and what was sent in the periods at hand.
 */
@ApplicationScoped
public class ReminderPost {

    /** Who gets a mail about which subjects in which period, and what it says about those not yet sent. */
    public record Draft(Long employeeId, String name, String email, List<String> subjects, String period,
                        BiFunction<Locale, List<String>, Letter> letter) {
    }

    /** A mail's subject line and text, before the footer with the links every reminder carries. */
    public record Letter(String subject, String text) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MeetingMail> mails;

    @Inject
    private ReminderLinks links;

    private final Clock clock = Clock.systemUTC();

    /**
     * Sends the drafts of one kind; periods of earlier mails are looked up from {@code firstPeriod} to
     * {@code lastPeriod} (ISO dates or weeks compare as text). Returns how many mails go out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int send(ReminderKind kind, List<Draft> drafts, String firstPeriod, String lastPeriod) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Map<Long, MailPreference> preferences = preferences();
        Set<String> sent = new HashSet<>();
        em.createQuery("select s.employee.id, s.subject, s.period from SentReminder s where s.kind = :k"
                        + " and s.period between :first and :last", Object[].class)
                .setParameter("k", kind).setParameter("first", firstPeriod).setParameter("last", lastPeriod)
                .getResultStream().forEach(row -> sent.add(row[0] + "|" + row[1] + "|" + row[2]));
        Instant now = clock.instant();
        List<MeetingMail.Message> messages = new ArrayList<>();
        for (Draft draft : drafts) {
            MailPreference preference = preferences.get(draft.employeeId());
            if (preference != null && !preference.wants(kind)) {
                continue;
            }
            List<String> fresh = draft.subjects().stream()
                    .filter(s -> sent.add(draft.employeeId() + "|" + s + "|" + draft.period())).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            String token = ReminderLinks.newToken();
            Employee person = em.getReference(Employee.class, draft.employeeId());
            for (int i = 0; i < fresh.size(); i++) {
                em.persist(new SentReminder(person, kind, fresh.get(i), draft.period(), now,
                        i == 0 ? TokenSecret.hash(token) : null));
            }
            Locale locale = preference == null ? Texts.DANISH : preference.locale();
            messages.add(message(kind, draft, locale, draft.letter().apply(locale, fresh), token));
        }
        if (!messages.isEmpty()) {
            mails.fire(new MeetingMail(messages));
        }
        return messages.size();
    }

    private MeetingMail.Message message(ReminderKind kind, Draft draft, Locale locale, Letter letter, String token) {
        String text = letter.text() + "\n\n-- \n" + Texts.get(locale, "reminder.mail.footer",
                Texts.get(locale, kind.labelKey()), links.unsubscribe(token), links.settings());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + links.oneClick(token) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Auto-Submitted", "auto-generated");
        return MeetingMail.Message.plain(draft.name(), draft.email(), letter.subject(), text, headers);
    }

    /** Everyone's choices, by employee id: one row per person who changed something. */
    private Map<Long, MailPreference> preferences() {
        Map<Long, MailPreference> byPerson = new HashMap<>();
        for (Object[] row : em.createQuery("select p.employee.id, p from MailPreference p", Object[].class)
                .getResultList()) {
            byPerson.put((Long) row[0], (MailPreference) row[1]);
        }
        return byPerson;
    }
}
