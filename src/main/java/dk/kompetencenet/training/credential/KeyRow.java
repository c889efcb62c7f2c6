package dk.kompetencenet.training.credential;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The issuer's key row ({@code credential_key}, one row named {@code issuer}), each statement in a transaction of its
 * own: a node that loses the insert to another (primary key) rolls back only that and reads the winner's key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class KeyRow {

    static final String NAME = "issuer";

    @PersistenceContext
    private EntityManager em;

    /** The stored private key as a JWK (JSON), if any node has made one. */
    public Optional<String> read() {
        return em.createNativeQuery("SELECT private_jwk FROM credential_key WHERE name = ?").setParameter(1, NAME)
                .getResultStream().findFirst().map(String::valueOf);
    }

    /** Inserts the key; throws when another node's row is there already (the caller then reads that one). */
    public void insert(String keyId, String privateJwk) {
        em.createNativeQuery("INSERT INTO credential_key (name, key_id, private_jwk, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, NAME).setParameter(2, keyId).setParameter(3, privateJwk)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }
}
