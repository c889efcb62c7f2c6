package dk.kompetencenet.security.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.security.tokens.ApiToken;
import dk.kompetencenet.security.tokens.ApiTokenService;
import dk.kompetencenet.security.tokens.TokenScope;

/**
 * API tokens of one account, made and revoked: the person's own ({@code /account/tokens.xhtml}) or, for an
 * administrator, any account's ({@code /admin/account.xhtml?id=}). A new token's secret is shown once, on the answer
 * to the request that made it, and is never kept in the (replicated) session.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    /** The account; null for the caller's own. */
    private Long accountId;
    private List<ApiToken> rows;
    private String label;
    private TokenScope scope = TokenScope.READ;
    private LocalDate expiresOn;
    private LocalDate today;
    private transient String issued;

    public void load() {
        rows = tokens.ofAccount(accountId);
        today = tokens.today();
        if (expiresOn == null) {
            expiresOn = ApiTokenService.defaultExpiry(today);
        }
    }

    public void create() {
        issued = tokens.create(accountId, label, scope, expiresOn).secret();
        Messages.infoHere("token.created");
        label = null;
        scope = TokenScope.READ;
        expiresOn = ApiTokenService.defaultExpiry(today);
        rows = tokens.ofAccount(accountId);
    }

    public void revoke(ApiToken token) {
        tokens.revoke(token.getId(), token.getVersion());
        Messages.infoHere("token.revoked");
        issued = null;
        rows = tokens.ofAccount(accountId);
    }

    /** The message key of a token's state now. */
    public String status(ApiToken token) {
        if (token.getRevokedAt() != null) {
            return "token.status.revoked";
        }
        return token.isUsableAt(Instant.now()) ? "token.status.active" : "token.status.expired";
    }

    /** The revoke button's accessible name: which token it revokes. */
    public String revokeName(ApiToken token) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "token.revokeNamed",
                token.getLabel());
    }

    /** The last day a token is valid (it expires as the next day begins). */
    public LocalDate validThrough(ApiToken token) {
        return Zones.local(token.getExpiresAt()).toLocalDate().minusDays(1);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : Zones.local(instant);
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public LocalDate getFirstDate() {
        return today.plusDays(1);
    }

    public LocalDate getLastDate() {
        return today.plusDays(ApiTokenService.MAX_DAYS);
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public List<ApiToken> getRows() {
        return rows;
    }

    public String getIssued() {
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
