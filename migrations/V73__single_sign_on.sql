-- OpenID Connect single sign-on: an account signing in through the provider is found by the provider's issuer and
-- subject; it has no password (a password login never matches it).
ALTER TABLE app_user ADD COLUMN sso_issuer TEXT;
ALTER TABLE app_user ADD COLUMN sso_subject TEXT;
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_sign_in CHECK (password_hash IS NOT NULL OR sso_subject IS NOT NULL);
CREATE UNIQUE INDEX app_user_sso ON app_user (sso_issuer, sso_subject) WHERE sso_subject IS NOT NULL;

-- A login sent to the provider and not back yet: its state (as SHA-256), nonce, PKCE verifier and where to return.
-- Kept in the database so that any instance takes the browser back; used once; ten minutes at most.
CREATE TABLE sso_login (
    state_hash    TEXT PRIMARY KEY,
    nonce         TEXT        NOT NULL,
    code_verifier TEXT        NOT NULL,
    redirect_uri  TEXT        NOT NULL,
    next_path     TEXT        NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL
);
