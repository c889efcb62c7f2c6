package dk.kompetencenet.training.credential.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.rest.Downloads;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.training.credential.Credential;
import dk.kompetencenet.training.credential.CredentialPdf;
import dk.kompetencenet.training.credential.Credentials;
import dk.kompetencenet.training.credential.IssuerKey;
import dk.kompetencenet.training.credential.OpenBadge;

/**
 * Credentials: the issuer's public keys (public, no login), the caller's own credentials and their downloads (PDF,
 * signed VC-JWT, plain JSON-LD), and for coordinators the list of issued credentials and revocation.
 */
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
public class CredentialResource {

    static final String JWT = "application/jwt";
    static final String JSON_LD = "application/ld+json";

    @Inject
    private Credentials credentials;

    @Inject
    private OpenBadge badges;

    @Inject
    private IssuerKey key;

    public record CredentialJson(Long id, long version, Long employeeId, String employee, String programme,
                                 LocalDate validFrom, LocalDate validUntil, String status, String verifyUrl,
                                 String revokeReason) {
    }

    public record RevokeInput(Long version, String reason) {
    }

    @GET
    @Path("jwks.json")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The issuer's public signing keys (JWKS), public: credentials' kid names one of them")
    public Response jwks() {
        return Response.ok(key.publicKeys().toString(), "application/jwk-set+json")
                .header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("status/revocation")
    @Produces(JWT)
    @Operation(summary = "The revocation list, public: a BitstringStatusListCredential signed as a VC-JWT, where a"
            + " credential's bit (credentialStatus.statusListIndex) is set once it is revoked")
    public Response statusList() {
        return Response.ok(badges.signedStatusList(), JWT).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own credentials, newest first")
    public List<CredentialJson> mine() {
        return credentials.mine().stream().map(this::json).toList();
    }

    @GET
    @Operation(summary = "Credentials issued, newest first (coordinators and administrators)")
    public List<CredentialJson> issued(@QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("100") int max) {
        return credentials.issued(Math.max(0, first), Math.min(Math.max(1, max), 500)).stream().map(this::json)
                .toList();
    }

    @GET
    @Path("{id: \\d+}")
    public CredentialJson one(@PathParam("id") long id) {
        return json(credentials.get(id));
    }

    @GET
    @Path("{id: \\d+}/credential.jwt")
    @Produces(JWT)
    @Operation(summary = "The Open Badges 3.0 credential signed as a VC-JWT (compact JWS), for a wallet")
    public Response jwt(@PathParam("id") long id) {
        Credential credential = credentials.get(id);
        return Downloads.attachment(badges.signed(credential).getBytes(StandardCharsets.US_ASCII),
                JWT, "credential-" + id + ".jwt");
    }

    @GET
    @Path("{id: \\d+}/credential.json")
    @Produces(JSON_LD)
    @Operation(summary = "The Open Badges 3.0 credential as plain JSON-LD (unsigned)")
    public Response jsonLd(@PathParam("id") long id) {
        Credential credential = credentials.get(id);
        return Downloads.attachment(badges.credential(credential).toString()
                .getBytes(StandardCharsets.UTF_8), JSON_LD, "credential-" + id + ".json");
    }

    @GET
    @Path("{id: \\d+}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as PDF, in the caller's language, with the verification link")
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Credential credential = credentials.get(id);
        byte[] pdf = CredentialPdf.write(credential, badges.issuerName(), badges.verifyUrl(credential),
                Requests.locale(headers));
        return Downloads.attachment(pdf, "application/pdf", "kursusbevis-" + id + ".pdf");
    }

    @POST
    @Path("{id: \\d+}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revokes a credential with a reason (coordinators and administrators); audited")
    public CredentialJson revoke(@PathParam("id") long id, RevokeInput input) {
        RevokeInput in = Requests.body(input);
        return json(credentials.revoke(id, Requests.version(in.version()), in.reason()));
    }

    private CredentialJson json(Credential c) {
        return new CredentialJson(c.getId(), c.getVersion(), c.getEmployee().getId(), c.getEmployee().getFullName(),
                c.getEnrolment().getRun().getProgramme().getName(), c.getValidFrom(), c.getValidUntil(),
                c.statusOn(Credentials.today()).name(), badges.verifyUrl(c), c.getRevokeReason());
    }
}
