package dk.kompetencenet.testsupport;

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

/**
 * The mails in GreenMail ({@link MailServer}) to given people (other tests' people may get mail at the same time, such
 * as reminders of their own rounds), and the links in a mail's text.
 */
public final class ReceivedMails {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    private ReceivedMails() {
    }

    /** The one mail to the person; fails unless there is exactly one. */
    public static MimeMessage only(Employee person) {
        List<MimeMessage> mails = to(person);
        assertEquals(1, mails.size(), person.getEmail());
        return mails.get(0);
    }

    public static List<MimeMessage> to(Employee person) {
        return MailServer.await(0).stream().filter(m -> addressedTo(m, person)).toList();
    }

    public static long toAnyOf(Employee... people) {
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
    public static List<String> links(String text) {
        Matcher m = LINK.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
