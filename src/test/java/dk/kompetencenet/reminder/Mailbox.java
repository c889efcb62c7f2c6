package dk.kompetencenet.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.testsupport.MailServer;

/** The reminder mails in GreenMail by recipient (other tests' people get reminders too), and the links in a text. */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    private Mailbox() {
    }

    /** The one mail to the person; fails unless there is exactly one. */
    static MimeMessage only(Employee person) {
        List<MimeMessage> mails = to(person);
        assertEquals(1, mails.size(), person.getEmail());
        return mails.get(0);
    }

    static List<MimeMessage> to(Employee person) {
        return MailServer.await(0).stream().filter(m -> addressedTo(m, person)).toList();
    }

    static long toAnyOf(Employee... people) {
        return MailServer.await(0).stream().filter(m -> addressedTo(m, people)).count();
    }

    private static boolean addressedTo(MimeMessage mail, Employee... people) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress())
                    .anyMatch(a -> Arrays.stream(people).anyMatch(p -> p.getEmail().equalsIgnoreCase(a)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths (with queries) of the links in a mail's text, whatever host the configuration names. */
    static List<String> links(String text) {
        Matcher m = LINK.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
