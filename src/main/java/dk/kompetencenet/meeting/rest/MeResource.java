package dk.kompetencenet.meeting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.FeedService;

/** The caller's own calendar subscription. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks and meetings")
public class MeResource {

    @Inject
    private FeedService feeds;

    @Inject
    private FeedUrls feedUrls;

    @Context
    private UriInfo uri;

    @GET
    @Path("feed")
    @Operation(summary = "The caller's personal subscription URL (every meeting they are invited to or organise)")
    public FeedUrls.FeedUrl feed() {
        return new FeedUrls.FeedUrl(feedUrls.of(uri, feeds.myToken()));
    }

    @POST
    @Path("feed")
    @Operation(summary = "A new personal subscription URL; the old one stops working")
    public FeedUrls.FeedUrl regenerate() {
        return new FeedUrls.FeedUrl(feedUrls.of(uri, feeds.regenerateMyToken()));
    }
}
