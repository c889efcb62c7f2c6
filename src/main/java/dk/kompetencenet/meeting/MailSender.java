package dk.kompetencenet.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends meeting mails through the SMTP server in configuration, after the change is committed. With no SMTP server
 * configured, each mail is written to the log instead and nothing fails; a failing server is logged, never rolled back
 * into the user's change.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.smtp.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.from", defaultValue = "kompetencenet@localhost")
    private String from;

    @Inject
    private OrganiserMailbox organiser;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingMail mail) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            mail.messages().forEach(m -> LOG.info(() -> "No SMTP server configured (kompetencenet.mail.smtp.host);"
                    + " mail not sent to " + m.toEmail() + ": " + m.subject()));
            return;
        }
        Session session = session();
        for (MeetingMail.Message message : mail.messages()) {
            try {
                Transport.send(MeetingMime.of(session, sender(), message));
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send mail to " + message.toEmail() + ": " + message.subject(), e);
            }
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }

    /**
     * The configured sender; with an organiser mailbox, that mailbox, as iMIP (RFC 6047) wants the sender of a request
     * to be its ORGANIZER, and some programs send the answer to the sender.
     */
    private InternetAddress sender() throws MessagingException {
        try {
            return new InternetAddress(organiser.address().orElse(from), "Kompetencenet", StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 missing", e);
        }
    }
}
