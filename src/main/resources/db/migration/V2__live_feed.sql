-- The live feed reads booking_events by id ("every event after id N"). A bigserial id is taken when
-- the row is inserted, not when its transaction commits, so two changes could commit in the
-- opposite order of their ids and a reader that already passed the larger id would skip the smaller
-- one for good. Ids are therefore handed out in commit order: each insert takes a transaction-level
-- advisory lock before drawing its id and keeps it until commit, so the events visible to any
-- snapshot are always a prefix of the id sequence. Committing a NOTIFY serializes these transactions
-- at commit anyway; the lock extends that to the moment the id is drawn.
ALTER TABLE booking_events ALTER COLUMN id DROP DEFAULT;

CREATE FUNCTION booking_event_id_in_commit_order() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock('booking_events'::regclass::oid::integer, 0);
    NEW.id := nextval('booking_events_id_seq');
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_event_id_in_commit_order
    BEFORE INSERT ON booking_events
    FOR EACH ROW EXECUTE FUNCTION booking_event_id_in_commit_order();

-- Wake the live feed of every replica when an event commits; the payload is only a hint (the
-- event's id): replicas read the table, so a lost notification loses nothing.
CREATE FUNCTION notify_booking_event() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('booking_events', NEW.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER notify_booking_event
    AFTER INSERT ON booking_events
    FOR EACH ROW EXECUTE FUNCTION notify_booking_event();

-- Likewise for logouts, so that every replica ends the streams of a revoked token at once.
CREATE FUNCTION notify_revoked_token() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('revoked_tokens', NEW.jti::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER notify_revoked_token
    AFTER INSERT ON revoked_tokens
    FOR EACH ROW EXECUTE FUNCTION notify_revoked_token();

CREATE INDEX booking_events_occurred_idx ON booking_events (occurred_at);
