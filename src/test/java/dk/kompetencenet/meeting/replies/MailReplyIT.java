package dk.kompetencenet.meeting.replies;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.testsupport.ReplyTexts;
import dk.kompetencenet.meeting.CalendarReplies;
import dk.kompetencenet.meeting.Invitation;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.MailServer;

/**
 * Answers given in calendar programs come back: an invitation names the organiser mailbox, an invitee's Outlook or
 * Google reply is put there (GreenMail's IMAP), a poll reads it and the invitee's answer in Kompetencenet changes, for
 * the series or the one occurrence; nothing is recorded twice and what is no usable answer changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailReplyIT {

    private static final LocalDateTime FIRST = LocalDateTime.of(2027, 1, 14, 14, 0);

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private StrategyService strategies;

    @Inject
    private MeetingService meetings;

    @Inject
    private CalendarReplies calendarReplies;

    @Inject
    private ReplyPoller poller;

    @Inject
    private JobClaims claims;

    private Http coordinator;
    private Employee hanne;
    private Employee ole;
    private long meetingId;
    private long initiativeId;
    private String uid;

    /** A weekly series of four Thursday meetings from 14 January 2027 with two invitees, and an empty mailbox. */
    @BeforeEach
    void aSeriesWithTwoInvitees() throws Exception {
        MailServer.clear();
        Institution school = anInstitution().create(institutions);
        coordinator = Http.basic(base.toString(),
                anEmployee().at(school).createWithAccount(employees, accounts, Role.COORDINATOR), PASSWORD);
        hanne = anEmployee().at(school).create(employees);
        ole = anEmployee().at(school).create(employees);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(3).getId();
        Http.Response created = coordinator.post("/api/meetings", "application/json", """
                {"title": "Netværksmøde om digital dannelse", "kind": "network_meeting", "start": "2027-01-14T14:00",
                 "end": "2027-01-14T16:00", "rrule": "FREQ=WEEKLY;COUNT=4", "location": "Rådhuset",
                 "initiativeIds": [%d], "employeeIds": [%d, %d]}""".formatted(initiativeId, hanne.getId(), ole.getId()));
        assertEquals(201, created.status(), created.body());
        meetingId = created.json().getJsonNumber("id").longValue();
        uid = coordinator.get("/api/meetings/" + meetingId).json().getString("uid");
    }

    @Test
    void anInvitationNamesTheOrganiserMailboxWithTheOrganisersName() throws Exception {
        String calendar = calendarPart(MailServer.await(2).get(0));

        String organizer = calendar.lines().filter(l -> l.startsWith("ORGANIZER")).findFirst().orElseThrow();
        assertTrue(organizer.endsWith(":mailto:" + MailServer.ORGANISER_MAILBOX), organizer);
        assertTrue(organizer.startsWith("ORGANIZER;CN="), "the organising person's name stays: " + organizer);
        assertFalse(organizer.contains("CN=Kompetencenet"), organizer);
    }

    @Test
    void anOutlookAcceptForTheSeriesBecomesTheAnswerForEveryOccurrenceAndLaterUpdatesCarryIt() throws Exception {
        deliver(outlookStyle("outlook-reply.ics", hanne, "ACCEPTED", "20261205T101500Z"));

        ReplyMailbox.Summary summary = poller.pollNow().orElseThrow();

        assertEquals(1, summary.recorded(), summary.toString());
        assertEquals(Map.of(FIRST, Answer.ACCEPTED, FIRST.plusWeeks(1), Answer.ACCEPTED, FIRST.plusWeeks(2),
                Answer.ACCEPTED, FIRST.plusWeeks(3), Answer.ACCEPTED), answers(hanne));
        assertEquals(Map.of(), answers(ole), "only the invitee who answered");
        assertEquals(0, MailServer.organiserUnread(), "the answered mail is flagged \\Seen");

        MailServer.clear();
        long version = coordinator.get("/api/meetings/" + meetingId).json().getJsonNumber("version").longValue();
        Http.Response updated = coordinator.put("/api/meetings/" + meetingId, "application/json", """
                {"title": "Netværksmøde om digital dannelse (nyt lokale)", "kind": "network_meeting",
                 "start": "2027-01-14T14:00", "end": "2027-01-14T16:00", "rrule": "FREQ=WEEKLY;COUNT=4",
                 "location": "Rådhuset, lokale 2", "initiativeIds": [%d], "version": %d}"""
                .formatted(initiativeId, version));
        assertTrue(updated.status() < 300, updated.body());
        String update = calendarPart(MailServer.await(2).get(0));
        assertTrue(update.contains("PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:" + hanne.getEmail()), update);
        assertTrue(update.contains("PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ole.getEmail()), update);
    }

    @Test
    void aReplyForOneOccurrenceChangesOnlyThatOccurrence() throws Exception {
        deliver(googleStyle(ole, "TENTATIVE", "20261205T120000Z"));
        deliver(outlookStyle("outlook-reply-occurrence.ics", hanne, "DECLINED", "20261205T120500Z"));

        poller.pollNow();

        assertEquals(Map.of(FIRST.plusWeeks(2), Answer.TENTATIVE), answers(ole), "Google's RECURRENCE-ID: 28 January");
        assertEquals(Map.of(FIRST.plusWeeks(1), Answer.DECLINED), answers(hanne), "Outlook's: 21 January");
    }

    @Test
    void aSecondPollAndTheSameReplyInAnotherMailChangeNothing() throws Exception {
        deliver(outlookStyle("outlook-reply.ics", hanne, "ACCEPTED", "20261205T101500Z"));
        poller.pollNow();
        deliver(outlookStyle("outlook-reply.ics", hanne, "DECLINED", "20261206T090000Z"));
        poller.pollNow();
        assertEquals(Answer.DECLINED, answers(hanne).get(FIRST), "a later reply counts");

        ReplyMailbox.Summary again = poller.pollNow().orElseThrow();
        deliver(outlookStyle("outlook-reply.ics", hanne, "ACCEPTED", "20261205T101500Z"));
        ReplyMailbox.Summary resent = poller.pollNow().orElseThrow();

        assertEquals(0, again.read(), again.toString());
        assertEquals(new ReplyMailbox.Summary(1, 0, 0, 1), resent, "the first reply, sent again, is known");
        assertEquals(Answer.DECLINED, answers(hanne).get(FIRST));
    }

    @Test
    void malformedRepliesRepliesFromStrangersAndOtherMailsChangeNothingAndAreLoggedOnce() throws Exception {
        deliver(mail(MailServer.ORGANISER_MAILBOX, "Accepteret: Netværksmøde", outlookStyle("outlook-reply.ics",
                hanne, "ACCEPTED", "20261205T101500Z").replace(":mailto:", " mailto ")));
        deliver(mail(MailServer.ORGANISER_MAILBOX, "Accepteret: Netværksmøde", outlookStyle("outlook-reply.ics",
                hanne, "ACCEPTED", "20261205T101500Z").replace("20261205T101500Z", "not a time").replace(
                "ATTENDEE;PARTSTAT=ACCEPTED;", "ATTENDEE;PARTSTAT=DELEGATED;")));
        deliver(ReplyTexts.of("outlook-reply.ics", uid, "Fremmed Person", "fremmed." + UUID.randomUUID()
                + "@example.com", "ACCEPTED", "20261205T101500Z"));
        deliver(outlookStyle("outlook-reply.ics", hanne, "ACCEPTED", "20261205T101500Z").replace(uid, "nobody@x"));
        MimeMessage holiday = new MimeMessage((Session) null);
        holiday.setSubject("Automatisk svar: Netværksmøde");
        holiday.setText("Jeg er på ferie til 2. januar.", "UTF-8");
        deliver(holiday);

        ReplyMailbox.Summary first = poller.pollNow().orElseThrow();
        ReplyMailbox.Summary second = poller.pollNow().orElseThrow();

        assertEquals(Map.of(), answers(hanne));
        assertEquals(Map.of(), answers(ole));
        assertEquals(new ReplyMailbox.Summary(5, 0, 5, 0), first, "each is logged with its reason");
        assertEquals(new ReplyMailbox.Summary(5, 0, 0, 5), second, "and only once");
        assertEquals(5, MailServer.organiserUnread(), "left unread for a person to look at");
    }

    @Test
    void aProposedNewTimeIsShownToTheOrganiserAndChangesNoAnswer() throws Exception {
        deliver(outlookStyle("outlook-counter.ics", hanne, "TENTATIVE", "20261205T130000Z"));

        poller.pollNow();

        List<CalendarReplies.ProposalRow> proposals = SystemAccess.call(() -> calendarReplies.proposals(meetingId));
        assertEquals(1, proposals.size());
        assertEquals(FIRST.plusHours(1), proposals.get(0).start());
        assertEquals(hanne.getFullName(), proposals.get(0).name());
        assertEquals(Map.of(), answers(hanne));
        assertEquals("Kan vi rykke en time? Jeg har skolebestyrelse til 15.", proposals.get(0).comment());
    }

    @Test
    void aNodeDoesNotPollWithinHalfAnIntervalOfAnotherNodesPoll() throws Exception {
        assertTrue(poller.pollNow().isPresent());

        assertFalse(claims.claimRun(ReplyPoller.JOB, Duration.ofHours(1)), "the run just now holds the claim");
        assertTrue(claims.claimRun(ReplyPoller.JOB, Duration.ZERO));
    }

    private Map<LocalDateTime, Answer> answers(Employee invitee) {
        List<Invitation> invitations = SystemAccess.call(() -> meetings.invitations(meetings.get(meetingId)));
        Map<LocalDateTime, Answer> answers = new TreeMap<>();
        invitations.stream().filter(i -> i.getEmployee().getId().equals(invitee.getId()))
                .flatMap(i -> i.getAnswers().stream())
                .forEach(a -> answers.put(a.getOccurrenceStart(), a.getAnswer()));
        return answers;
    }

    private String outlookStyle(String file, Employee from, String partStat, String stamp) {
        return ReplyTexts.of(file, uid, from.getFullName(), from.getEmail().toUpperCase(), partStat, stamp);
    }

    private String googleStyle(Employee from, String partStat, String stamp) {
        return ReplyTexts.of("google-reply.ics", uid, from.getFullName(), from.getEmail(), partStat, stamp);
    }

    /** As Outlook sends an answer: multipart/alternative of text and text/calendar; method=REPLY. */
    private static void deliver(String calendar) throws Exception {
        deliver(mail(MailServer.ORGANISER_MAILBOX, "Accepted: Netværksmøde om digital dannelse", calendar));
    }

    private static void deliver(MimeMessage mail) throws Exception {
        mail.saveChanges();
        MailServer.deliverToOrganiser(mail);
    }

    private static MimeMessage mail(String to, String subject, String calendar) throws Exception {
        MimeMessage mail = new MimeMessage((Session) null);
        mail.setFrom(new InternetAddress("invitee@example.dk"));
        mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Svar på mødeindkaldelsen.", "UTF-8");
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(calendar, "text/calendar; charset=UTF-8; method=REPLY");
        part.setHeader("Content-Transfer-Encoding", "base64");
        mail.setContent(new MimeMultipart("alternative", text, part));
        return mail;
    }

    private static String calendarPart(MimeMessage mail) throws Exception {
        try (InputStream in = ((Multipart) mail.getContent()).getBodyPart(1).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
        }
    }
}
