package dk.kompetencenet.meeting.rest;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.FeedCache;
import dk.kompetencenet.meeting.FeedCopy;

/**
 * Calendar subscriptions for Outlook, Google Calendar and Apple Calendar: the secret in the URL is the only key. The
 * feed is the copy rendered once per change ({@link FeedCache}), with a strong ETag and Last-Modified, so a calendar
 * program that asks again with If-None-Match or If-Modified-Since gets 304 and no body. Cache-Control lets the
 * caller's own program keep the copy but has it ask every time (no-cache); shared caches must not keep it (private),
 * since the URL is a secret that is revoked by regenerating it. A copy already kept is served by {@link FeedFilter}
 * before this resource is reached; this resource renders missing copies and answers unknown tokens (404).
 */
@Path("feeds")
@Tag(name = "Calendars")
public class FeedResource {

    static final String TOKEN = "[A-Za-z0-9_-]{20,64}";
    static final String TYPE = "text/calendar; charset=UTF-8";
    static final String CACHE_CONTROL = "private, no-cache";
    static final String DISPOSITION = "inline; filename=\"kompetencenet.ics\"";

    @Inject
    private FeedCache feeds;

    @GET
    @Path("{token: " + TOKEN + "}.ics")
    @Produces(TYPE)
    @SecurityRequirement(name = "none")
    @Operation(summary = "A subscription feed (no login: the token is the secret); 404 once revoked; 304 when the"
            + " If-None-Match or If-Modified-Since sent still holds")
    public Response feed(@PathParam("token") String token, @Context HttpHeaders headers) {
        FeedCopy copy = feeds.get(token);
        Response.ResponseBuilder response = copy.unchangedFor(headers.getHeaderString("If-None-Match"),
                ifModifiedSince(headers.getHeaderString("If-Modified-Since")))
                ? Response.notModified()
                : Response.ok(copy.bytes()).header("Content-Disposition", DISPOSITION)
                        .header("Content-Length", copy.bytes().length);
        return response.header("ETag", copy.etag()).lastModified(Date.from(copy.lastModified()))
                .header("Cache-Control", CACHE_CONTROL).build();
    }

    /** An HTTP date as epoch milliseconds; -1 when absent or not a date (RFC 9110: then it is ignored). */
    static long ifModifiedSince(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
