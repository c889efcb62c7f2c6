package dk.kompetencenet.security.tokens;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.security.UserAccount;

/**
 * An API token of an account: used instead of the password by an integration (a person's own, or a service
 * account's), with the account's roles and institutions, a scope, and an expiry. Only its hash is kept; the secret is
 * shown once, when it is made. Revoked rather than deleted, so that the list (and the audit log) still tells what it
 * was.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.ofAccount", query = "select t from ApiToken t where t.account.id = :account"
        + " order by t.createdAt desc")
public class ApiToken extends VersionedEntity {

    public static final int MAX_LABEL_LENGTH = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_scope", nullable = false, length = 20)
    private TokenScope scope;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(name = "shown_prefix", nullable = false, length = 20)
    private String shownPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(UserAccount account, String label, TokenScope scope, String secret, Instant expiresAt, String createdBy,
             Instant now) {
        this.account = account;
        this.label = label;
        this.scope = scope;
        this.secretHash = TokenSecret.hash(secret);
        this.shownPrefix = TokenSecret.shown(secret);
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Ends the token at once; revoking a revoked one changes nothing. */
    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    /** Whether the token opens the API at this moment (its account's being active aside). */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getLabel() {
        return label;
    }

    public TokenScope getScope() {
        return scope;
    }

    public String getShownPrefix() {
        return shownPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
