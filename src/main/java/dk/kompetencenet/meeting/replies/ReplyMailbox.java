package dk.kompetencenet.meeting.replies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

/**
 * Reads the unread mails of the organiser mailbox over IMAP and hands each calendar reply to {@link ReplyRecorder}:
 * the {@code text/calendar} part (anywhere in the mail, as Outlook, Google and Apple nest it) or an {@code .ics}
 * attachment. A mail whose answer was recorded is flagged \Seen, moved or deleted ({@link MailboxSettings}); one that
 * carries no usable or matching reply is logged once with the reason and left unread for a person to look at. One
 * mail's failure never stops the others.
 */
@ApplicationScoped
public class ReplyMailbox {

    private static final Logger LOG = Logger.getLogger(ReplyMailbox.class.getName());

    /** What one poll did, for the log and the tests. */
    record Summary(int read, int recorded, int unusable, int before) {
    }

    @Inject
    private MailboxSettings settings;

    @Inject
    private ReplyRecorder recorder;

    Summary poll() throws MessagingException {
        try (Store store = settings.session().getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            boolean expunge = false;
            int recorded = 0;
            int unusable = 0;
            int before = 0;
            Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            try {
                for (Message message : unread) {
                    try {
                        ReplyRecorder.Recorded result = handle(message);
                        before += result.fresh() ? 0 : 1;
                        if (result.changedSomething()) {
                            recorded += result.fresh() ? 1 : 0;
                            expunge |= dispose(store, folder, message);
                        } else if (result.fresh()) {
                            unusable++;
                        }
                    } catch (MessagingException | RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not read a mail in the organiser mailbox " + settings.describe()
                                + " (it is tried again at the next poll): " + e, e);
                    }
                }
            } finally {
                folder.close(expunge);
            }
            return new Summary(unread.length, recorded, unusable, before);
        }
    }

    private ReplyRecorder.Recorded handle(Message message) throws MessagingException {
        String messageId = messageId(message);
        Optional<String> calendar = calendarText(message);
        if (calendar.isEmpty()) {
            return logged(recorder.unusable(messageId, "no text/calendar part or .ics attachment"), messageId,
                    message, "no text/calendar part or .ics attachment");
        }
        ItipReply reply;
        try {
            reply = ItipReplyParser.parse(calendar.get());
        } catch (UnusableReply e) {
            return logged(recorder.unusable(messageId, e.getMessage()), messageId, message, e.getMessage());
        }
        ReplyRecorder.Recorded result = recorder.record(reply, messageId);
        if (result.fresh()) {
            LOG.log(result.changedSomething() ? Level.INFO : Level.WARNING, () -> "Calendar " + reply.method() + " from " + reply.attendee() + " for " + reply.uid()
                    + (reply.occurrence() == null ? "" : " (occurrence " + reply.occurrence() + ")") + ": "
                    + (reply.answer() == null ? "" : reply.answer() + ", ") + describe(result.outcome()));
        }
        return result;
    }

    private ReplyRecorder.Recorded logged(ReplyRecorder.Recorded result, String messageId, Message message,
                                          String reason) throws MessagingException {
        if (result.fresh()) {
            LOG.warning("Mail " + messageId + " (\"" + message.getSubject() + "\") in the organiser mailbox is no"
                    + " calendar answer Kompetencenet can record, so it is left unread: " + reason);
        }
        return result;
    }

    private static String describe(String outcome) {
        return switch (outcome) {
            case "ANSWERED" -> "recorded as the invitee's answer";
            case "PROPOSED" -> "kept as a proposed new time for the organiser";
            case "NO_MEETING" -> "not recorded: no meeting has this UID; the mail is left unread";
            case "NOT_INVITED" -> "not recorded: the sender is not invited to the meeting; the mail is left unread";
            case "NO_OCCURRENCE" -> "not recorded: the meeting has no occurrence then; the mail is left unread";
            case "CANCELLED" -> "not recorded: the meeting is cancelled; the mail is left unread";
            default -> outcome;
        };
    }

    /** Flags, moves or deletes a mail whose answer is recorded; true when the folder must be expunged. */
    private boolean dispose(Store store, Folder folder, Message message) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
        switch (settings.disposal()) {
            case MOVE -> {
                Folder target = store.getFolder(settings.processedFolder());
                if (!target.exists()) {
                    target.create(Folder.HOLDS_MESSAGES);
                }
                folder.copyMessages(new Message[] {message}, target);
                message.setFlag(Flags.Flag.DELETED, true);
                return true;
            }
            case DELETE -> {
                message.setFlag(Flags.Flag.DELETED, true);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static String messageId(Message message) throws MessagingException {
        String id = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        String[] from = message.getHeader("From");
        return "no-message-id:" + ItipReply.hash(String.join("|", String.valueOf(message.getSubject()),
                String.valueOf(message.getSentDate()), from == null ? "" : String.join(",", from)));
    }

    /** The first calendar in the mail: a text/calendar part, or an application/ics or .ics attachment. */
    static Optional<String> calendarText(Part part) throws MessagingException {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Optional<String> found = calendarText(multipart.getBodyPart(i));
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            String name = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
            if (part.isMimeType("text/calendar") || part.isMimeType("application/ics") || name.endsWith(".ics")) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), charset(part)));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new MessagingException("Could not read a part of the mail", e);
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (MessagingException | IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
