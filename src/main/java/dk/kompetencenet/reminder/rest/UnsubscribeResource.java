package dk.kompetencenet.reminder.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.reminder.MailPreferences;
import dk.kompetencenet.reminder.ReminderLinks;

/**
 * One-click unsubscribe (RFC 8058): a mail program posts {@code List-Unsubscribe=One-Click} to the address in a
 * reminder's {@code List-Unsubscribe} header; no login, the token is the key. A GET changes nothing (mail scanners
 * follow links): it leads to the page that asks to confirm.
 */
@Path("unsubscribe")
@Tag(name = "Reminders")
public class UnsubscribeResource {

    @Inject
    private MailPreferences preferences;

    @POST
    @Path("{token}")
    @SecurityRequirement(name = "none")
    @Operation(summary = "Turns off the kind of reminder the token came with (no login); 204, or 404 for an unknown"
            + " token")
    public Response unsubscribe(@PathParam("token") String token) {
        return preferences.unsubscribe(token).isPresent() ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    @GET
    @Path("{token}")
    @SecurityRequirement(name = "none")
    @Operation(summary = "Leads to the page that asks to confirm; changes nothing")
    public Response page(@PathParam("token") String token, @Context UriInfo uri) {
        String query = ReminderLinks.wellFormed(token) ? "?token=" + token : "";
        return Response.seeOther(URI.create(uri.getBaseUri().resolve("..").toString()
                .replaceAll("/$", "") + ReminderLinks.UNSUBSCRIBE_PAGE + query)).build();
    }
}
