package dk.kompetencenet.meeting.replies;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the organiser mailbox is read (MicroProfile Config; each key also as an environment variable, e.g.
 * {@code KOMPETENCENET_MAIL_IMAP_HOST}). No host: no polling. {@code security} is {@code ssl} (IMAPS, port 993 by
 * default), {@code starttls} (IMAP with STARTTLS required, 143) or {@code none} (plain IMAP, for tests only);
 * {@code processed} is what happens to a mail whose answer was recorded: {@code seen} (flagged \Seen and left),
 * {@code move} (to {@code processed-folder}) or {@code delete}.
 */
@ApplicationScoped
public class MailboxSettings {

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.port")
    private Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.security", defaultValue = "ssl")
    private String security;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.folder", defaultValue = "INBOX")
    private String folder;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.interval", defaultValue = "300")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.processed", defaultValue = "seen")
    private String processed;

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.imap.processed-folder", defaultValue = "Kompetencenet")
    private String processedFolder;

    /** What becomes of a mail whose answer was recorded. */
    enum Disposal {
        SEEN, MOVE, DELETE
    }

    boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    Duration interval() {
        return Duration.ofSeconds(Math.max(10, intervalSeconds));
    }

    String folder() {
        return folder;
    }

    String processedFolder() {
        return processedFolder;
    }

    Disposal disposal() {
        return Disposal.valueOf(processed.trim().toUpperCase(Locale.ROOT));
    }

    String protocol() {
        return mode().equals("ssl") ? "imaps" : "imap";
    }

    String host() {
        return host.orElseThrow();
    }

    int port() {
        return port.orElse(mode().equals("ssl") ? 993 : 143);
    }

    String user() {
        return user.orElse("");
    }

    String password() {
        return password.orElse("");
    }

    /** A mail session that never blocks the poller long and reads bodies without flagging them \Seen. */
    Session session() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        properties.put("mail." + protocol + ".peek", "true");
        if (mode().equals("starttls")) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    /** For the log: where the mailbox is. */
    String describe() {
        return protocol() + "://" + user() + "@" + host.orElse("?") + ":" + port() + "/" + folder;
    }

    private String mode() {
        String mode = security.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("ssl") && !mode.equals("starttls") && !mode.equals("none")) {
            throw new IllegalStateException("kompetencenet.mail.imap.security must be ssl, starttls or none: " + mode);
        }
        return mode;
    }
}
