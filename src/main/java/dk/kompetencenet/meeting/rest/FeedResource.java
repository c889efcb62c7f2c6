package dk.kompetencenet.meeting.rest;

import java.util.Date;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.FeedCache;
import dk.kompetencenet.meeting.FeedCopy;

/**
 * Calendar subscriptions for Outlook, Google Calendar and Apple Calendar: the secret in the URL is the only key. The
 * feed is served from the copy rendered once per change ({@link FeedCache}), with a strong ETag and Last-Modified, so
 * a calendar program that asks again with If-None-Match or If-Modified-Since gets 304 and no body. Cache-Control lets
 * the caller's own program keep the copy but has it ask every time (no-cache); shared caches must not keep it
 * (private), since the URL is a secret that is revoked by regenerating it.
 */
@Path("feeds")
@Tag(name = "Calendars")
public class FeedResource {

    private static final String CACHE_CONTROL = "private, no-cache";

    @Inject
    private FeedCache feeds;

    @GET
    @Path("{token: [A-Za-z0-9_-]{20,64}}.ics")
    @Produces("text/calendar; charset=UTF-8")
    @SecurityRequirement(name = "none")
    @Operation(summary = "A subscription feed (no login: the token is the secret); 404 once revoked; 304 when the"
            + " If-None-Match or If-Modified-Since sent still holds")
    public Response feed(@PathParam("token") String token, @Context Request request) {
        FeedCopy copy = feeds.get(token);
        EntityTag etag = new EntityTag(copy.etag());
        Date lastModified = Date.from(copy.lastModified());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, etag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(copy.bytes())
                .header("Content-Disposition", "inline; filename=\"kompetencenet.ics\"");
        return response.tag(etag).lastModified(lastModified).header("Cache-Control", CACHE_CONTROL).build();
    }
}
