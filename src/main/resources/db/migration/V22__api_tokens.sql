-- API tokens (issue 13): a secret an integration sends as "Authorization: Bearer <token>" instead of a password. Only
-- the SHA-256 of the token is kept (the token is 32 random bytes, so a fast hash is safe and a lookup by it takes
-- microseconds); the first characters are kept to tell tokens apart. Revoked tokens stay for the record.
CREATE TABLE api_token (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    access_scope  VARCHAR(20)   NOT NULL,
    secret_hash   VARCHAR(64)   NOT NULL,
    shown_prefix  VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    expires_at    TIMESTAMP     NOT NULL,
    revoked_at    TIMESTAMP,
    revoked_by    VARCHAR(100),
    last_used_at  TIMESTAMP,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_api_token_scope CHECK (access_scope IN ('READ', 'READ_WRITE'))
);

CREATE INDEX ix_api_token_account ON api_token (account_id);
