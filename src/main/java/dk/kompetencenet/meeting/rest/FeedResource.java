package dk.kompetencenet.meeting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.FeedService;

/** Calendar subscriptions for Outlook, Google Calendar and Apple Calendar: the secret in the URL is the only key. */
@Path("feeds")
@Tag(name = "Calendars")
public class FeedResource {

    @Inject
    private FeedService feeds;

    @GET
    @Path("{token: [A-Za-z0-9_-]{20,64}}.ics")
    @Produces("text/calendar; charset=UTF-8")
    @SecurityRequirement(name = "none")
    @Operation(summary = "A subscription feed (no login: the token is the secret); 404 once revoked")
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.feed(token)).header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"kompetencenet.ics\"").build();
    }
}
