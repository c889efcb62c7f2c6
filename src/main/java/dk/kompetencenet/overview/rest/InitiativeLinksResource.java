package dk.kompetencenet.overview.rest;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.overview.InitiativeLinks;
import dk.kompetencenet.platform.rest.Requests;

/** Everything linked to an initiative, as its page shows it. */
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy")
public class InitiativeLinksResource {

    @Inject
    private InitiativeLinks links;

    @Context
    private HttpHeaders headers;

    public record ItemJson(Long id, String key, String name) {
    }

    public record MeetingJson(Long id, String title, String kind, LocalDateTime start, boolean recurring) {
    }

    public record MeetingsJson(long upcoming, long past, List<MeetingJson> next, List<MeetingJson> recent) {
    }

    public record VersionJson(Long initiativeId, String strategy) {
    }

    public record StatusJson(long inPlace, long underWay, long notStarted, int percentInPlace, String board) {
    }

    public record LinksJson(Long initiativeId, String code, String title, Long focusAreaId, String focusArea,
                            Long strategyId, String strategy, boolean archived, VersionJson previousVersion,
                            VersionJson nextVersion, List<ItemJson> programmes, List<ItemJson> networks,
                            MeetingsJson meetings, List<ItemJson> frameworks, List<ItemJson> documentKinds,
                            Map<String, Long> goals, long assessments, StatusJson status) {
    }

    @GET
    @Path("{id: \\d+}/links")
    @Operation(summary = "Everything linked to an initiative: programmes, networks, meetings (counts and the next and"
            + " latest few), frameworks, kinds of local document, development-plan goals per status and assessments"
            + " (counts only), the versions before and after it, and (for leaders, supervisors and coordinators)"
            + " how many institutions in scope have it in place, under way or not started")
    public LinksJson links(@PathParam("id") long id) {
        Locale locale = Requests.locale(headers);
        InitiativeLinks.Links l = links.of(id);
        Map<String, Long> goals = new LinkedHashMap<>();
        l.goals().forEach(g -> goals.put(g.status().name(), g.count()));
        InitiativeLinks.Meetings m = l.meetings();
        return new LinksJson(l.initiativeId(), l.code(), l.title(), l.focusAreaId(), l.focusArea(), l.strategyId(),
                l.strategy(), l.archived(), version(l.previous()), version(l.next()), items(l.programmes(), locale),
                items(l.networks(), locale), new MeetingsJson(m.upcomingCount(), m.pastCount(),
                        meetings(m.upcoming()), meetings(m.recent())), items(l.frameworks(), locale),
                items(l.documentKinds(), locale), goals, l.assessments(), l.status() == null ? null
                        : new StatusJson(l.status().inPlace(), l.status().underWay(), l.status().nothingYet(),
                        l.status().percentInPlace(), "/overview/board.xhtml?area=" + l.status().focusAreaId()));
    }

    private static List<ItemJson> items(List<InitiativeLinks.Item> items, Locale locale) {
        return items.stream().map(i -> new ItemJson(i.id(), i.key(), i.in(locale))).toList();
    }

    private static List<MeetingJson> meetings(List<InitiativeLinks.MeetingItem> meetings) {
        return meetings.stream().map(m -> new MeetingJson(m.id(), m.title(), m.kind().name(), m.start(),
                m.recurring())).toList();
    }

    private static VersionJson version(InitiativeLinks.Version v) {
        return v == null ? null : new VersionJson(v.initiativeId(), v.strategy());
    }
}
