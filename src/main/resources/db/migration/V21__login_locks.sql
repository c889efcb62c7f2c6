-- Failed logins in a row per account, and until when the account is locked after too many (issue 13).
ALTER TABLE user_account ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP;
