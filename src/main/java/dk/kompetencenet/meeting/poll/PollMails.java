package dk.kompetencenet.meeting.poll;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.meeting.MeetingMail;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * The mail that asks an invitee to answer a poll, in Danish: the times and their personal link, which answers without
 * a login. Sent after commit by the meetings' own mail sender ({@code MailSender}), as plain text. The link is built
 * on {@code kompetencenet.public.url} where Kompetencenet sits behind a proxy, else on the address the organiser used.
 */
@ApplicationScoped
class PollMails {

    /** The answer page; its one public address (web.xml). */
    static final String ANSWER_PAGE = "meeting/poll-answer.xhtml?token=";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd-MM-yyyy", Texts.DANISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Event<MeetingMail> mails;

    @Inject
    @ConfigProperty(name = "kompetencenet.public.url")
    private Optional<String> publicUrl;

    /** Queues one mail per invitee, sent after commit. */
    void invite(DatePoll poll, List<PollInvitee> invitees, String applicationUrl) {
        if (invitees.isEmpty()) {
            return;
        }
        String times = poll.getSlots().stream().map(s -> "  - " + DAY.format(s.getStartAt()) + " "
                + CLOCK.format(s.getStartAt()) + "–" + CLOCK.format(s.getEndAt())).collect(Collectors.joining("\n"));
        String subject = Texts.get(Texts.DANISH, "poll.mail.subject", poll.getTitle());
        mails.fire(new MeetingMail(invitees.stream().map(i -> new MeetingMail.Message(i.getEmployee().getFullName(),
                i.getEmployee().getEmail(), subject, Texts.get(Texts.DANISH, "poll.mail.body", poll.getTitle(),
                poll.getOrganiser().getFullName(), times, link(applicationUrl, i.getToken()),
                poll.getLocation() == null ? "" : poll.getLocation()), null, null)).toList()));
    }

    /** The personal link of a token. */
    String link(String applicationUrl, String token) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(applicationUrl);
        return URI.create(base.endsWith("/") ? base : base + "/").resolve(ANSWER_PAGE + token).toString();
    }
}
