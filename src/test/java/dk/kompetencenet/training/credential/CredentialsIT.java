package dk.kompetencenet.training.credential;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders.EmployeeBuilder;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.JsonLdContexts;

/**
 * A completed programme's credential on a running server, checked from outside: the VC-JWT's signature against the
 * key from the public JWKS (Nimbus, not the application's code), its JSON-LD, the public verification page before and
 * after a coordinator revokes it, and who may revoke.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private Credentials credentials;

    @Test
    void aCompletedProgrammesCredentialVerifiesIndependentlyAndShowsRevokedAfterRevocation() throws Exception {
        Institution daycare = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        EmployeeBuilder person = anEmployee().named("Kirsten", "Bevisholder").at(daycare).as(JobRole.PAEDAGOG);
        String holder = person.createWithAccount(employees, accounts, Role.EMPLOYEE);
        long holderId = SystemAccess.call(() -> employees.findByEmail(person.email())).orElseThrow().getId();
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Http api = Http.basic(base.toString(), coordinator, PASSWORD);
        Http own = Http.basic(base.toString(), holder, PASSWORD);
        JsonObject programme = completeEveryModule(api, holderId, daycare.getId());

        List<JsonObject> mine = own.get("/api/credentials/mine").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, mine.size(), "completing the programme issues one credential");
        long issued = mine.get(0).getJsonNumber("id").longValue();

        // a programme completed before credentials existed: the daily job issues its credential
        sql("DELETE FROM credential WHERE id = ?", issued);
        assertTrue(own.get("/api/credentials/mine").jsonArray().isEmpty());
        assertTrue(SystemAccess.call(() -> credentials.backfill()) >= 1);
        mine = own.get("/api/credentials/mine").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, mine.size(), "the backfill issues the missing credential, once");
        assertEquals(0, (int) SystemAccess.call(() -> credentials.backfill()), "and nothing the second time");
        JsonObject credential = mine.get(0);
        long id = credential.getJsonNumber("id").longValue();
        assertEquals("VALID", credential.getString("status"));

        // the signature, checked with Nimbus against the key published at the public JWKS address
        Http.Response jwks = Http.anonymous(base.toString()).get("/api/credentials/jwks.json");
        assertEquals(200, jwks.status(), jwks.body());
        JWSObject jws = JWSObject.parse(own.get("/api/credentials/" + id + "/credential.jwt").body().strip());
        JWK key = JWKSet.parse(jwks.body()).getKeyByKeyId(jws.getHeader().getKeyID());
        assertTrue(key != null && !key.isPrivate(), "the kid names a public key of the JWKS");
        assertTrue(jws.verify(new ECDSAVerifier(key.toECKey())), "the VC-JWT's signature verifies");
        assertEquals("JWT", jws.getHeader().getType().getType());

        JsonObject vc = Json.createReader(new StringReader(jws.getPayload().toString())).readObject();
        JsonObject plain = own.get("/api/credentials/" + id + "/credential.json").json();
        assertEquals(plain, Json.createObjectBuilder(vc).remove("iss").remove("jti").remove("nbf").remove("exp").build(),
                "the VC-JWT's payload is the JSON-LD credential with the JWT claims");
        everyTermIsStandard(plain, "OpenBadgeCredential", "AchievementSubject", "Achievement", "Profile");
        assertTrue(JsonLd.toRdf(JsonDocument.of(new StringReader(plain.toString()))).loader(new JsonLdContexts())
                .get().size() > 10, "valid JSON-LD makes RDF");
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                vc.getJsonArray("@context").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"),
                vc.getJsonArray("type").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals(vc.getJsonObject("issuer").getString("id"), vc.getString("iss"));
        assertEquals("Profile", vc.getJsonObject("issuer").getJsonArray("type").getString(0));
        assertTrue(vc.getString("validFrom").startsWith("2026-11-1"), vc.getString("validFrom"));
        JsonObject subject = vc.getJsonObject("credentialSubject");
        assertEquals("AchievementSubject", subject.getJsonArray("type").getString(0));
        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("Achievement", achievement.getJsonArray("type").getString(0));
        assertEquals(programme.getString("name"), achievement.getString("name"));
        assertFalse(achievement.getString("id").isBlank());
        assertFalse(achievement.getString("description").isBlank());
        assertTrue(achievement.getJsonObject("criteria").getString("narrative").contains(programme.getString("name")));
        String verifyUrl = vc.getString("id");
        String token = verifyUrl.substring(verifyUrl.lastIndexOf('/') + 1);
        assertFalse(plain.containsKey("iss"), "the plain JSON-LD is the credential alone");
        JsonObject status = vc.getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        int index = Integer.parseInt(status.getString("statusListIndex"));
        String list = status.getString("statusListCredential");
        assertFalse(revokedInTheList(list, index, key), "not revoked yet");
        assertTrue(new String(own.bytes("/api/credentials/" + id + "/certificate.pdf"), "ISO-8859-1")
                .startsWith("%PDF"));

        // the person's profile offers the downloads
        Http.Response profile = Http.loggedIn(base.toString(), holder, PASSWORD).get("/competence/profile.xhtml");
        assertEquals(200, profile.status());
        assertTrue(profile.body().contains("/api/credentials/" + id + "/credential.jwt")
                && profile.body().contains("/verify/" + token), "the profile links the credential");

        // the verification page, without login
        Http anyone = Http.anonymous(base.toString()).acceptLanguage("en");
        Http.Response valid = anyone.get("/verify/" + token);
        assertEquals(200, valid.status(), valid.body());
        assertTrue(valid.body().contains(">Valid<") && valid.body().contains("Kirsten Bevisholder"), valid.body());

        // an employee may not revoke, not even their own; a coordinator may, with a reason
        long version = credential.getJsonNumber("version").longValue();
        assertEquals(403, own.post("/api/credentials/" + id + "/revoke", "application/json",
                "{\"version\": " + version + ", \"reason\": \"mine\"}").status());
        assertEquals(400, api.post("/api/credentials/" + id + "/revoke", "application/json",
                "{\"version\": " + version + ", \"reason\": \" \"}").status());
        Http.Response revoked = api.post("/api/credentials/" + id + "/revoke", "application/json",
                "{\"version\": " + version + ", \"reason\": \"Registreret ved en fejl\"}");
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().getString("status"));
        Http.Response after = anyone.get("/verify/" + token);
        assertEquals(200, after.status());
        assertTrue(after.body().contains(">Revoked<"), after.body());
        assertFalse(after.body().contains("Registreret ved en fejl"), "the reason is not public");
        assertTrue(revokedInTheList(list, index, key), "the revocation list has the credential's bit set");
        assertTrue(api.get("/api/credentials").body().contains("\"REVOKED\""));
        Http.Response supervisors = Http.loggedIn(base.toString(), coordinator, PASSWORD).get("/training/coverage.xhtml");
        assertEquals(200, supervisors.status());
        assertTrue(supervisors.body().contains("issued-title") && supervisors.body().contains("Kirsten Bevisholder"),
                "coordinators see the issued credentials");

        // a forged or unknown link: a page that says so, 404, never 500
        for (String forged : List.of(token.substring(1) + "A", "0".repeat(43), "x", "%3Cscript%3E")) {
            Http.Response unknown = anyone.get("/verify/" + forged);
            assertEquals(404, unknown.status(), forged);
            assertTrue(unknown.body().contains("No such certificate"), unknown.body());
        }
        assertEquals(403, own.get("/api/credentials").status(), "only coordinators list issued credentials");
    }

    /**
     * The credential expanded with Titanium JSON-LD against the published contexts (offline copies): it has the types,
     * and every term it uses is defined by Verifiable Credentials 2.0 or Open Badges 3.0. A term they leave undefined
     * would be dropped without a word; expanded over VC 2.0's undefined-terms context it shows as .../undefined-term#.
     */
    private static void everyTermIsStandard(JsonObject credential, String... obTypes) throws Exception {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(credential.toString())))
                .loader(new JsonLdContexts()).context(URI.create(JsonLdContexts.UNDEFINED_TERMS)).get();
        String text = expanded.toString();
        assertTrue(text.contains("\"https://www.w3.org/2018/credentials#VerifiableCredential\""), text);
        for (String type : obTypes) {
            assertTrue(text.contains("\"https://purl.imsglobal.org/spec/vc/ob/vocab.html#" + type + "\""), type);
        }
        assertFalse(text.contains("/undefined-term#"), "a term outside the standard contexts: " + text);
    }

    /**
     * Whether the credential's bit is set in the issuer's Bitstring Status List, read as a verifier does: the list
     * credential from its public address, its signature checked against the JWKS key, its JSON-LD terms standard, the
     * list base64url-decoded (after the multibase 'u') and un-gzipped, bit 0 being the first byte's highest bit.
     */
    private boolean revokedInTheList(String listUrl, int index, JWK key) throws Exception {
        Http.Response response = Http.anonymous(base.toString()).get(new URL(listUrl).getPath());
        assertEquals(200, response.status(), response.body());
        JWSObject jws = JWSObject.parse(response.body().strip());
        assertTrue(jws.verify(new ECDSAVerifier(key.toECKey())), "the list's signature verifies");
        JsonObject list = Json.createReader(new StringReader(jws.getPayload().toString())).readObject();
        assertEquals(listUrl, list.getString("id"));
        everyTermIsStandard(Json.createObjectBuilder(list).remove("iss").remove("jti").remove("iat").build());
        JsonObject subject = list.getJsonObject("credentialSubject");
        assertEquals("BitstringStatusList", subject.getString("type"));
        assertEquals("revocation", subject.getString("statusPurpose"));
        String encoded = subject.getString("encodedList");
        assertTrue(encoded.startsWith("u"), encoded);
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder()
                .decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertEquals(16 * 1024, bits.length, "16 KB, the smallest list the standard allows");
        return (bits[index / 8] >> (7 - index % 8) & 1) == 1;
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        DataSource dataSource = InitialContext.doLookup(Database.JNDI_NAME);
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static JsonObject completeEveryModule(Http api, long employeeId, long institutionId) {
        JsonObject programme = api.get("/api/training/programmes").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> "DIGITAL_DIDACTIC_SUPERVISOR".equals(p.getString("grants", null))).findFirst()
                .orElseThrow();
        long run = api.post("/api/training/programmes/" + programme.getInt("id") + "/runs", "application/json", """
                {"name": "Hold bevis", "provider": "UCN", "startDate": "2026-01-10", "endDate": "2026-11-20"}""")
                .json().getJsonNumber("id").longValue();
        JsonObject enrolment = api.post("/api/training/enrolments", "application/json", """
                {"runId": %d, "employeeId": %d, "institutionId": %d}""".formatted(run, employeeId, institutionId))
                .json();
        long version = enrolment.getJsonNumber("version").longValue();
        for (JsonObject module : programme.getJsonArray("modules").getValuesAs(JsonObject.class)) {
            Http.Response done = api.post("/api/training/enrolments/" + enrolment.getInt("id") + "/completions",
                    "application/json", """
                            {"moduleId": %d, "completedOn": "2026-11-15", "evidence": "Kursusbevis", "version": %d}"""
                            .formatted(module.getInt("id"), version));
            assertEquals(200, done.status(), done.body());
            version = done.json().getJsonNumber("version").longValue();
        }
        return programme;
    }
}
