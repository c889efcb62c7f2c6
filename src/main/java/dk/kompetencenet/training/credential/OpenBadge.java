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
    public static final String STATUS_LIST_PATH = "/api/credentials/status/revocation";

    @Inject
    private PublicAddress addresses;

    @Inject
    @ConfigProperty(name = "kompetencenet.credentials.issuer-name", defaultValue = "Kompetencenet")
    private String issuerName;

    @Inject
    private IssuerKey key;

    @Inject
    private StatusList statusList;

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
        if (credential.getStatusIndex() != null) {
            String list = address(STATUS_LIST_PATH);
            vc.add("credentialStatus", Json.createObjectBuilder()
                    .add("id", list + "#" + credential.getStatusIndex())
                    .add("type", "BitstringStatusListEntry")
                    .add("statusPurpose", "revocation")
                    .add("statusListIndex", String.valueOf(credential.getStatusIndex()))
                    .add("statusListCredential", list));
        }
        return vc.build();
    }

    /**
     * The revocation list as a signed {@code BitstringStatusListCredential} (VC-JWT), public: what a verifier reads a
     * credential's {@code credentialStatus} from. Made anew on each request, so a revocation shows at once.
     */
    public String signedStatusList() {
        String list = address(STATUS_LIST_PATH);
        Instant now = Instant.now();
        JsonObject vc = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT))
                .add("id", list)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", address("/"))
                .add("validFrom", instant(now))
                .add("credentialSubject", Json.createObjectBuilder().add("id", list + "#list")
                        .add("type", "BitstringStatusList").add("statusPurpose", "revocation")
                        .add("encodedList", statusList.encoded()))
                .build();
        return sign(Json.createObjectBuilder(vc).add("iss", address("/")).add("jti", list)
                .add("iat", now.getEpochSecond()));
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
        return sign(payload);
    }

    private String sign(JsonObjectBuilder payload) {
        JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(JOSEObjectType.JWT)
                .keyID(key.key().getKeyID()).build();
        JWSObject jws = new JWSObject(header, new Payload(payload.build().toString()));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a credential failed", e);
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
