package dk.kompetencenet.meeting;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * The secret in a calendar subscription URL, which calendar programs fetch without a login. 32 random bytes; a
 * regenerated token revokes the old one, whose URL then answers 404.
 */
@Entity
@Table(name = "feed_token")
@NamedQuery(name = "FeedToken.active", query = "select t from FeedToken t where t.ownerType = :type"
        + " and t.ownerId = :owner and t.revokedAt is null")
@NamedQuery(name = "FeedToken.byToken", query = "select t from FeedToken t where t.token = :token and t.revokedAt is null")
public class FeedToken extends BaseEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whose meetings the feed holds. */
    public enum OwnerType {
        PERSON, NETWORK
    }

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 20)
    private OwnerType ownerType;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    FeedToken(OwnerType ownerType, Long ownerId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    public String getToken() {
        return token;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }
}
