-- A signed-in browser's session: the family of its refresh tokens (the OAuth 2.0 security BCP's
-- rotation with reuse detection). Only the generation of the token now valid is kept: a token is the
-- session's id, its generation and a MAC over both (auth.RefreshTokens), so nothing secret is stored.
-- Each renewal moves the generation on; a token of an older generation, presented after the short grace
-- that lets two tabs renew at once, ends the session as stolen. Access tokens carry the session's id
-- ("sid"): ending a session revokes them all, on every replica, through revoked_tokens.
CREATE TABLE sessions (
    id              uuid        PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    generation      integer     NOT NULL DEFAULT 0 CHECK (generation >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    rotated_at      timestamptz NOT NULL DEFAULT now(),
    -- Renewals push the idle end on, never past the absolute one.
    idle_expires_at timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    end_reason      text CHECK (end_reason IN ('LOGOUT', 'REUSE', 'SUSPENDED')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CHECK (idle_expires_at <= expires_at)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);
