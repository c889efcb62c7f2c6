package dk.kompetencenet.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) inside the server JVM for in-container tests; the application is configured to send to
 * it (see arquillian.xml). Started once, emptied by each test.
 */
public final class MailServer {

    /**
     * The organiser mailbox that invitations name and the application reads answers from over IMAP on
     * {@link Deployments#IMAP_PORT} (arquillian.xml: {@code kompetencenet.mail.organiser} and
     * {@code kompetencenet.mail.imap.*}).
     */
    public static final String ORGANISER_MAILBOX = "svar@kompetencenet.test";
    private static final String ORGANISER_PASSWORD = "svar-password";

    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized GreenMail started() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(Deployments.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(Deployments.IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
            server.setUser(ORGANISER_MAILBOX, ORGANISER_MAILBOX, ORGANISER_PASSWORD);
        }
        return server;
    }

    /** Puts a mail into the organiser mailbox, as a calendar program's answer arrives there. */
    public static void deliverToOrganiser(MimeMessage mail) {
        started().setUser(ORGANISER_MAILBOX, ORGANISER_MAILBOX, ORGANISER_PASSWORD).deliver(mail);
    }

    /** How many mails in the organiser mailbox's INBOX are not flagged \Seen (the application leaves some unread). */
    public static long organiserUnread() {
        try {
            return started().getManagers().getImapHostManager().getInbox(
                    started().getManagers().getUserManager().getUser(ORGANISER_MAILBOX)).getMessages().stream()
                    .filter(m -> !m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void clear() {
        try {
            started().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until at least this many mails to these addresses have arrived and returns those: mails that an earlier
     * test's commit sends late (on a loaded machine, after this test emptied the server) are not counted.
     */
    public static List<MimeMessage> awaitTo(Collection<String> addresses, int count) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<MimeMessage> to = List.of();
        while (Instant.now().isBefore(until)) {
            to = Arrays.stream(started().getReceivedMessages()).filter(m -> addressedTo(m, addresses)).toList();
            if (to.size() >= count) {
                return to;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Expected " + count + " mails to " + addresses.size() + " addresses, got " + to.size());
    }

    private static boolean addressedTo(MimeMessage mail, Collection<String> addresses) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(a -> addresses.contains(((InternetAddress) a).getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until at least this many mails have arrived (mails go out after commit) and returns all received. */
    public static List<MimeMessage> await(int count) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            MimeMessage[] received = started().getReceivedMessages();
            if (received.length >= count) {
                return Arrays.asList(received);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Expected " + count + " mails, got " + started().getReceivedMessages().length);
    }
}
