package dk.kompetencenet.training.credential;

import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The key the municipality signs credentials with: {@code kompetencenet.credentials.key} (a private JWK, EC P-256 for
 * ES256 or RSA for RS256) where set; otherwise an EC P-256 key made once and kept in the database, the first node to
 * store it winning, so that every node and every restart signs with the same key. Its public half is the JWKS.
 */
@ApplicationScoped
public class IssuerKey {

    @Inject
    @ConfigProperty(name = "kompetencenet.credentials.key")
    private Optional<String> configured;

    @Inject
    private KeyRow row;

    private volatile JWK key;

    public JWK key() {
        JWK current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current;
    }

    public JWSAlgorithm algorithm() {
        return key() instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    public JWSSigner signer() {
        try {
            JWK jwk = key();
            return jwk instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner(jwk.toECKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The credentials key cannot sign", e);
        }
    }

    /** The public key set, for {@code /api/credentials/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(key().toPublicJWK());
    }

    private JWK load() {
        if (configured.filter(k -> !k.isBlank()).isPresent()) {
            return parse(configured.get(), "kompetencenet.credentials.key");
        }
        Optional<String> stored = row.read();
        if (stored.isEmpty()) {
            JWK made = generate();
            try {
                row.insert(made.getKeyID(), made.toJSONString());
            } catch (RuntimeException lost) {
                // another node stored its key first: use that one
            }
            stored = row.read();
        }
        return parse(stored.orElseThrow(() -> new IllegalStateException("No credentials key stored")), "credential_key");
    }

    private static JWK generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWK parse(String json, String source) {
        try {
            JWK jwk = JWK.parse(json);
            if (!jwk.isPrivate() || !(jwk instanceof ECKey || jwk instanceof RSAKey) || jwk.getKeyID() == null) {
                throw new IllegalStateException(source + " must be a private EC P-256 or RSA JWK with a kid");
            }
            return jwk;
        } catch (ParseException e) {
            throw new IllegalStateException(source + " is not a JWK", e);
        }
    }
}
