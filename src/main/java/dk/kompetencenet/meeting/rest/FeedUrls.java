package dk.kompetencenet.meeting.rest;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute subscription URLs: from {@code kompetencenet.public.url} where Kompetencenet sits behind a proxy, else from
 * the request.
 */
@ApplicationScoped
public class FeedUrls {

    @Inject
    @ConfigProperty(name = "kompetencenet.public.url")
    private Optional<String> publicUrl;

    /** The URL of the feed with this token, for a REST request. */
    public String of(UriInfo request, String token) {
        return of(request.getBaseUri().resolve("..").toString(), token);
    }

    /** The URL of the feed with this token, given the application's own URL in this request. */
    public String of(String applicationUrl, String token) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(applicationUrl);
        return URI.create(base.endsWith("/") ? base : base + "/").resolve("api/feeds/" + token + ".ics").toString();
    }

    /** The JSON answer with a feed URL. */
    public record FeedUrl(String url) {
    }
}
