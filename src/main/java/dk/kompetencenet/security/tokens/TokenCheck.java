package dk.kompetencenet.security.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.security.Role;

/**
 * Finds the account behind a token, in one indexed query by the token's hash (no password hashing: microseconds,
 * not the 0.13 s a password costs): refused when the token is unknown, revoked or expired, or its account is
 * deactivated. Every node reads the same rows, so a revocation ends the token everywhere at the next request. When
 * the token was last used is written at most once an hour, not on every request.
 */
@ApplicationScoped
@Transactional
public class TokenCheck {

    static final Duration USE_NOTE_INTERVAL = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Who a token lets in, with what scope. */
    public record Bearer(String username, Set<String> groups, TokenScope scope) {
    }

    public Optional<Bearer> check(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("select t.id, t.scope, t.expiresAt, t.revokedAt, t.lastUsedAt,"
                        + " u.username, u.active, r from ApiToken t join t.account u join u.roles r"
                        + " where t.secretHash = :hash", Object[].class)
                .setParameter("hash", TokenSecret.hash(secret))
                .getResultList();
        Instant now = clock.instant();
        if (rows.isEmpty() || rows.get(0)[3] != null || !now.isBefore((Instant) rows.get(0)[2])
                || !(Boolean) rows.get(0)[6]) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<String> groups = new HashSet<>();
        rows.forEach(row -> groups.add(((Role) row[7]).name()));
        noteUse((Long) first[0], (Instant) first[4], now);
        return Optional.of(new Bearer((String) first[5], Set.copyOf(groups), (TokenScope) first[1]));
    }

    /** Written past the entity (SQL, not JPQL, which would raise its @Version), so a revocation meanwhile wins. */
    private void noteUse(Long id, Instant lastUsed, Instant now) {
        if (lastUsed == null || lastUsed.isBefore(now.minus(USE_NOTE_INTERVAL))) {
            em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, id).executeUpdate();
        }
    }
}
