package dk.kompetencenet.meeting.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.meeting.FeedService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** The networks, their members (with history) and their calendar feeds. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks and meetings")
public class NetworkResource {

    @Inject
    private NetworkService networks;

    @Inject
    private FeedService feeds;

    @Inject
    private FeedUrls feedUrls;

    @Context
    private UriInfo uri;

    public record NetworkRow(Long id, String name, String sector, long members) {
    }

    public record InitiativeRef(Long id, String title) {
    }

    public record MemberJson(Long employeeId, String name, String email, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record NetworkJson(Long id, String name, String sector, String description, List<InitiativeRef> initiatives,
                              List<MemberJson> members, long version) {
    }

    public record MemberInput(Long employeeId) {
    }

    @GET
    @Operation(summary = "The networks with their number of current members")
    public List<NetworkRow> list() {
        return networks.list().stream().map(r -> new NetworkRow(r.id(), r.name(), r.sector().code(), r.members()))
                .toList();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A network, its initiatives and its members: for those who run it everyone who has been one, with"
            + " e-mail and periods; for others the current members' names")
    public NetworkJson get(@PathParam("id") long id) {
        Network n = networks.get(id);
        return new NetworkJson(n.getId(), n.getName(), n.getSector().code(), n.getDescription(),
                n.getInitiatives().stream().map(i -> new InitiativeRef(i.getId(), i.getTitle())).toList(),
                networks.members(id).stream().map(m -> new MemberJson(m.employeeId(), m.name(), m.email(), m.joinedOn(),
                        m.leftOn())).toList(), n.getVersion());
    }

    @POST
    @Path("{id: \\d+}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a member from today")
    public Response addMember(@PathParam("id") long id, MemberInput input) {
        if (input == null || input.employeeId() == null) {
            throw new InvalidInputException(Problem.inField("employeeId", "api.error.idRequired", "employeeId"));
        }
        networks.addMember(id, input.employeeId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: \\d+}/members/{employeeId: \\d+}")
    @Operation(summary = "Ends a membership today; it stays in the history")
    public Response removeMember(@PathParam("id") long id, @PathParam("employeeId") long employeeId) {
        networks.removeMember(id, employeeId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/feed")
    @Operation(summary = "The network's calendar subscription URL, for members and those who run it")
    public FeedUrls.FeedUrl feed(@PathParam("id") long id) {
        return new FeedUrls.FeedUrl(feedUrls.of(uri, feeds.networkToken(id)));
    }

    @POST
    @Path("{id: \\d+}/feed")
    @Operation(summary = "A new subscription URL for the network; the old one stops working")
    public FeedUrls.FeedUrl regenerateFeed(@PathParam("id") long id) {
        return new FeedUrls.FeedUrl(feedUrls.of(uri, feeds.regenerateNetworkToken(id)));
    }
}
