-- Accounts, API tokens, browser sessions, the one-time setup token, the audit trail and request counters (issue 18).

CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT        NOT NULL
);

-- A token is shown once; only its SHA-256 is kept. Its role is at most its owner's.
CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    prefix       TEXT        NOT NULL,
    role         TEXT        NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    rate_limit   INTEGER     CHECK (rate_limit IS NULL OR rate_limit >= 0),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    UNIQUE (user_id, name)
);

-- A browser session: the cookie holds a random id, the table its SHA-256, so any instance accepts it and logout
-- or deactivation ends it everywhere. Each session has its own CSRF token for its forms.
CREATE TABLE user_session (
    id_hash     TEXT PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    csrf_token  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX user_session_user ON user_session (user_id);

-- The one-time setup token printed to the log when the service starts without any user (one row at most).
CREATE TABLE auth_setup (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    token_hash TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at    TIMESTAMPTZ
);

-- Every write, append-only: the service only inserts (a trigger refuses updates and deletes).
CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL,
    via         TEXT        NOT NULL,
    operation   TEXT        NOT NULL,
    target      TEXT        NOT NULL,
    status      INTEGER     NOT NULL,
    request_id  TEXT        NOT NULL,
    client      TEXT,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

-- Requests counted per key (a token, an account, an address) and fixed window, so limits hold across instances.
CREATE TABLE request_count (
    bucket       TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INTEGER     NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
