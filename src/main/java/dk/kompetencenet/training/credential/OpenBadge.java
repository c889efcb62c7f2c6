package dk.kompetencenet.training.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.PublicAddress;
import dk.kompetencenet.training.Programme;

/**
 * A credential as an Open Badges 3.0 {@code OpenBadgeCredential} (JSON-LD, Verifiable Credentials 2.0), and the same
 * signed as a VC-JWT (OB 3.0 section 8.2: the credential is the JWS payload, with {@code iss}, {@code nbf},
 * {@code jti} and, when it ends, {@code exp}; the header names the key by {@code kid}, found in the public JWKS).
 * Addresses are absolute from {@code kompetencenet.public.url}; the issuer is the municipality
 * ({@code kompetencenet.credentials.issuer-name}).
 */
@ApplicationScoped
public class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String VERIFY_PATH = "/verify/";
    public static final String JWKS_PATH = "/api/credentials/jwks.json";

    @Inject
    private PublicAddress addresses;

    @Inject
    @ConfigProperty(name = "kompetencenet.credentials.issuer-name", defaultValue = "Kompetencenet")
    private String issuerName;

    @Inject
    private IssuerKey key;

    /** The absolute address of a path from the application's root. */
    public String address(String path) {
        return addresses.of(path);
    }

    public String verifyUrl(Credential credential) {
        return address(VERIFY_PATH + credential.getToken());
    }

    public String issuerName() {
        return issuerName;
    }

    /** The unsigned credential (what {@code .json} downloads). */
    public JsonObject credential(Credential credential) {
        Programme programme = credential.getEnrolment().getRun().getProgramme();
        String description = Optional.ofNullable(programme.getDescription()).filter(d -> !d.isBlank())
                .orElse(programme.getName());
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", address("/achievements/programme/" + programme.getId()))
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("name", programme.getName())
                .add("description", description)
                .add("criteria", Json.createObjectBuilder().add("narrative",
                        Texts.get(Texts.DANISH, "credential.criteria", programme.getName())));
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject").add("identityType", "name").add("hashed", false)
                        .add("identityHash", credential.getEmployee().getFullName())))
                .add("achievement", achievement);
        JsonObjectBuilder vc = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", verifyUrl(credential))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", programme.getName())
                .add("issuer", Json.createObjectBuilder().add("id", address("/"))
                        .add("type", Json.createArrayBuilder().add("Profile")).add("name", issuerName))
                .add("validFrom", instant(startOf(credential.getValidFrom())))
                .add("credentialSubject", subject);
        if (credential.getValidUntil() != null) {
            vc.add("validUntil", instant(endOf(credential.getValidUntil())));
        }
        return vc.build();
    }

    /** The credential signed as a compact JWS (VC-JWT), what {@code .jwt} downloads. */
    public String signed(Credential credential) {
        JsonObjectBuilder payload = Json.createObjectBuilder(credential(credential))
                .add("iss", address("/"))
                .add("jti", verifyUrl(credential))
                .add("nbf", startOf(credential.getValidFrom()).getEpochSecond());
        if (credential.getValidUntil() != null) {
            payload.add("exp", endOf(credential.getValidUntil()).getEpochSecond());
        }
        JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(JOSEObjectType.JWT)
                .keyID(key.key().getKeyID()).build();
        JWSObject jws = new JWSObject(header, new Payload(payload.build().toString()));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the credential failed", e);
        }
        return jws.serialize();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Zones.COPENHAGEN).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Zones.COPENHAGEN).toInstant().minusSeconds(1);
    }

    private static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
