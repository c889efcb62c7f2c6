package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.Poll;

/**
 * Calendar feeds are rendered once per change and served from that copy: the same ETag and bytes without a second
 * render, 304 for a conditional poll, a new copy after each change that the feed shows (and only for the feeds that
 * show it), and 404 for a revoked token at once.
 */
@ExtendWith(ArquillianExtension.class)
class FeedIT {

    @ArquillianResource
    private URL base;

    @Inject
    private FeedCache cache;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    private Institution school;
    private Http coordinator;
    private Long initiativeId;

    @BeforeEach
    void aCoordinatorAndASchool() {
        school = anInstitution().create(institutions);
        coordinator = Http.basic(base.toString(),
                anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR), PASSWORD);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
    }

    @Test
    void aSecondPollGetsTheSameCopyWithoutRenderingAndAConditionalPollGets304WithNoBody() {
        Network network = aNetwork();
        schedule(network, "Første møde", at(1, DayOfWeek.MONDAY) + "T09:00");
        String feed = networkFeed(network);

        Poll first = get(feed, null, null);
        long renders = cache.renders();
        Poll second = get(feed, null, null);

        assertEquals(200, second.status());
        assertEquals(renders, cache.renders(), "the second poll is served from the copy");
        assertEquals(first.etag(), second.etag());
        assertEquals(first.lastModified(), second.lastModified());
        assertEquals(first.body(), second.body());
        assertTrue(first.etag().matches("\"[A-Za-z0-9_-]{20,}\""), first.etag());
        assertNotNull(first.lastModified());
        String cacheControl = first.header("Cache-Control");
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-cache"), cacheControl);
        assertFalse(cacheControl.contains("no-store") || cacheControl.contains("public"), cacheControl);

        Poll unchanged = get(feed, "If-None-Match", first.etag());
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());
        assertEquals(first.etag(), unchanged.etag());
        assertEquals(304, get(feed, "If-Modified-Since", first.lastModified()).status());
        assertEquals(200, get(feed, "If-None-Match", "\"something-else-entirely-0\"").status());
        assertEquals(renders, cache.renders(), "conditional polls are served from the copy too");
    }

    @Test
    void eachChangeToWhatANetworkFeedShowsGivesANewCopyOnTheNextPoll() {
        Network network = aNetwork();
        String feed = networkFeed(network);
        Poll before = get(feed, null, null);

        long id = schedule(network, "Serie om robotter", at(1, DayOfWeek.MONDAY) + "T09:00", "FREQ=WEEKLY;COUNT=4");
        Poll created = changed(feed, before);
        assertTrue(created.body().contains("SUMMARY:Serie om robotter"), created.body());

        String tuesday = at(2, DayOfWeek.TUESDAY);
        assertEquals(200, coordinator.post("/api/meetings/" + id + "/occurrences/" + at(2, DayOfWeek.MONDAY)
                + "T09:00/move", "application/json", """
                        {"start": "%sT13:00", "end": "%sT14:00", "version": %d}"""
                        .formatted(tuesday, tuesday, version(id))).status());
        Poll moved = changed(feed, created);
        assertTrue(moved.body().contains("DTSTART;TZID=Europe/Copenhagen:" + tuesday.replace("-", "") + "T130000"),
                moved.body());

        String third = at(3, DayOfWeek.MONDAY);
        assertEquals(204, coordinator.delete("/api/meetings/" + id + "/occurrences/" + third + "T09:00?version="
                + version(id)).status());
        Poll cancelledOne = changed(feed, moved);
        assertTrue(cancelledOne.body().contains("EXDATE;TZID=Europe/Copenhagen:" + third.replace("-", "")
                + "T090000"), cancelledOne.body());

        String name = unique("Omdøbt netværk");
        SystemAccess.run(() -> networks.update(network.getId(), networks.get(network.getId()).getVersion(), name,
                InitiativeSector.SKOLE, null, Set.of(initiativeId), null));
        Poll renamed = changed(feed, cancelledOne);
        assertTrue(renamed.body().contains("X-WR-CALNAME:Kompetencenet – " + name), renamed.body());

        assertEquals(204, coordinator.delete("/api/meetings/" + id + "?version=" + version(id)).status());
        Poll cancelled = changed(feed, renamed);
        assertTrue(cancelled.body().contains("STATUS:CANCELLED"), cancelled.body());
        assertTrue(cancelled.body().contains("SUMMARY:Aflyst: Serie om robotter\r\n"), "a program that ignores"
                + " STATUS:CANCELLED still shows the meeting as cancelled: " + cancelled.body());
    }

    @Test
    void anInvitationAddedOrRemovedChangesThatPersonsFeedAndNoOneElses() {
        Employee person = anEmployee().at(school).create(employees);
        Employee other = anEmployee().at(school).create(employees);
        String personFeed = personalFeed(person);
        String otherFeed = personalFeed(other);
        Poll personBefore = get(personFeed, null, null);
        Poll otherBefore = get(otherFeed, null, null);

        long id = created(coordinator.post("/api/meetings", "application/json", """
                {"title": "Temamøde om podcasts", "kind": "theme_meeting", "start": "%sT15:00",
                 "end": "%sT17:00", "capacity": 5, "initiativeIds": [%d]}""".formatted(at(1, DayOfWeek.WEDNESDAY),
                at(1, DayOfWeek.WEDNESDAY), initiativeId)));
        assertEquals(200, coordinator.post("/api/meetings/" + id + "/registrations", "application/json",
                "{\"employeeId\": " + person.getId() + "}").status());
        Poll invited = changed(personFeed, personBefore);
        assertTrue(invited.body().contains("SUMMARY:Temamøde om podcasts"), invited.body());

        long renders = cache.renders();
        Poll otherAfter = get(otherFeed, null, null);
        assertEquals(otherBefore.etag(), otherAfter.etag());
        assertEquals(renders, cache.renders(), "another person's feed keeps its copy");

        assertEquals(204, coordinator.delete("/api/meetings/" + id + "/registrations?employeeId=" + person.getId())
                .status());
        Poll uninvited = changed(personFeed, invited);
        assertFalse(uninvited.body().contains("SUMMARY:Temamøde om podcasts"), uninvited.body());
    }

    @Test
    void aRevokedTokenIsNotFoundAtOnceWhileAnotherNetworksFeedKeepsItsCopy() {
        Network network = aNetwork();
        Network otherNetwork = aNetwork();
        String old = networkFeed(network);
        String other = networkFeed(otherNetwork);
        assertEquals(200, get(old, null, null).status());
        Poll otherBefore = get(other, null, null);

        String fresh = path(coordinator.post("/api/networks/" + network.getId() + "/feed", "application/json", "")
                .json().getString("url"));

        assertEquals(404, get(old, null, null).status());
        assertEquals(404, get(old, "If-None-Match", otherBefore.etag()).status());
        long renders = cache.renders();
        Poll otherAfter = get(other, null, null);
        assertEquals(otherBefore.etag(), otherAfter.etag());
        assertEquals(renders, cache.renders(), "another network's feed keeps its copy");
        assertEquals(200, get(fresh, null, null).status());
    }

    /** The date of that weekday in the given week from now (week 1: the coming week), as ISO text. */
    private static String at(int week, DayOfWeek day) {
        return LocalDate.now(Zones.COPENHAGEN).with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).plusWeeks(week - 1L)
                .with(TemporalAdjusters.nextOrSame(day)).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private Network aNetwork() {
        Network network = SystemAccess.call(() -> networks.create(new Network(null, unique("Netværk"),
                InitiativeSector.SKOLE, null), Set.of(initiativeId)));
        Employee member = anEmployee().at(school).create(employees);
        SystemAccess.run(() -> networks.addMember(network.getId(), member.getId()));
        return network;
    }

    private long schedule(Network network, String title, String start) {
        return schedule(network, title, start, null);
    }

    private long schedule(Network network, String title, String start, String rrule) {
        String end = start.substring(0, 11) + "10:00";
        return created(coordinator.post("/api/meetings", "application/json", """
                {"title": "%s", "kind": "network_meeting", "start": "%s", "end": "%s", "rrule": %s,
                 "initiativeIds": [%d], "networkId": %d}""".formatted(title, start, end,
                rrule == null ? "null" : "\"" + rrule + "\"", initiativeId, network.getId())));
    }

    private static long created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json().getJsonNumber("id").longValue();
    }

    private long version(long meetingId) {
        return coordinator.get("/api/meetings/" + meetingId).json().getJsonNumber("version").longValue();
    }

    private String networkFeed(Network network) {
        return path(coordinator.get("/api/networks/" + network.getId() + "/feed").json().getString("url"));
    }

    private String personalFeed(Employee person) {
        String login = unique("feed");
        SystemAccess.run(() -> accounts.create(login, person.getId(), Set.of(Role.EMPLOYEE), PASSWORD.toCharArray()));
        return path(Http.basic(base.toString(), login, PASSWORD).get("/api/me/feed").json().getString("url"));
    }

    /** The next poll after a change: rendered again, with another ETag that the old one no longer matches. */
    private Poll changed(String feed, Poll before) {
        long renders = cache.renders();
        Poll after = get(feed, "If-None-Match", before.etag());
        assertEquals(200, after.status(), "the copy from before the change is not served");
        assertNotEquals(before.etag(), after.etag());
        assertNotEquals(before.body(), after.body());
        assertEquals(renders + 1, cache.renders());
        return after;
    }

    private String path(String url) {
        String root = base.toString().replaceAll("/$", "");
        assertTrue(url.startsWith(root), url + " under " + root);
        return url.substring(root.length());
    }

    private Poll get(String path, String header, String value) {
        return Poll.get(base.toString().replaceAll("/$", "") + path, header, value);
    }
}
