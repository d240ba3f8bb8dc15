-- Every replica keeps the revocations in memory (auth/Revocations), fed by these notifications, and
-- forgets one once its token has expired: the payload now carries the expiry too, in whole epoch
-- seconds rounded up (never earlier than the token's exp), after the token id: "<jti> <seconds>".
-- Replicas that predate this read only the channel's name.
CREATE OR REPLACE FUNCTION notify_revoked_token() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('revoked_tokens', NEW.jti::text || ' ' || ceil(extract(epoch FROM NEW.expires_at))::bigint);
    RETURN NULL;
END
$$;
