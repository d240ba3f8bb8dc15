-- When each revocation was made, so that every replica can re-read the last few seconds of them each
-- second: a revocation reaches a replica within a second even if its LISTEN connection died silently.
ALTER TABLE revoked_tokens ADD COLUMN revoked_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX revoked_tokens_recent_idx ON revoked_tokens (revoked_at);
