package dk.kompetencenet.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) inside the server JVM for in-container tests; the application is configured to send to
 * it (see arquillian.xml). Started once, emptied by each test.
 */
public final class MailServer {

    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized GreenMail started() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Deployments.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static void clear() {
        try {
            started().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
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
