-- Event ids in an order readers can follow without a global lock. V2 took one advisory lock, held from
-- an event's id until its commit, so that ids were handed out in commit order; it made every status
-- change on the platform commit one at a time. Instead, an event's id now starts with its transaction's
-- id (xid8, which PostgreSQL hands out in increasing order) followed by the event's number within its
-- transaction (20 bits). Readers then take only events below a horizon, the id of the oldest
-- transaction that may still add events (booking_events_horizon()): below it the events are final, so
-- "every event after id N" still never skips one, while changes commit side by side.
DO $$
BEGIN
    IF (SELECT coalesce(max(id), 0) FROM booking_events) >= (pg_current_xact_id()::text::bigint << 20) THEN
        RAISE EXCEPTION 'booking_events ids already exceed the first transaction-ordered id';
    END IF;
END
$$;

DROP TRIGGER booking_event_id_in_commit_order ON booking_events;
DROP FUNCTION booking_event_id_in_commit_order();
DROP SEQUENCE booking_events_id_seq;

CREATE FUNCTION booking_event_id_by_transaction() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    -- A setting local to the transaction counts its events: it reverts to empty when the transaction ends.
    nth integer := coalesce(nullif(current_setting('medondoor.events_in_transaction', true), ''), '0')::integer + 1;
BEGIN
    IF nth >= 1048576 THEN
        RAISE EXCEPTION 'a transaction records at most 1,048,575 booking events';
    END IF;
    PERFORM set_config('medondoor.events_in_transaction', nth::text, true);
    NEW.id := (pg_current_xact_id()::text::bigint << 20) + nth;
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_event_id_by_transaction
    BEFORE INSERT ON booking_events
    FOR EACH ROW EXECUTE FUNCTION booking_event_id_by_transaction();

-- The id below which every event is final, in the caller's snapshot: the first id of the oldest
-- transaction that may still add events the snapshot does not show. Those are the transactions the
-- snapshot sees running that either hold a write lock on booking_events (every change takes it when
-- its statement starts, before the transaction has an id) or have committed since the snapshot was
-- taken. A transaction that writes elsewhere (a sweep, a long administrative update) holds no one up.
-- Events are written by single statements only; a transaction that wrote elsewhere first and then
-- added an event would be numbered before events already handed out.
CREATE FUNCTION booking_events_horizon() RETURNS bigint
    LANGUAGE sql VOLATILE AS $$
    WITH snapshot AS (
        SELECT pg_current_snapshot() AS taken
    ), event_writers AS (
        SELECT own.transactionid::text AS xid
          FROM pg_locks writing
          JOIN pg_locks own ON own.virtualtransaction = writing.virtualtransaction
                           AND own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock'
         WHERE writing.locktype = 'relation'
           AND writing.relation = 'booking_events'::regclass
           AND writing.mode = 'RowExclusiveLock'
    )
    SELECT coalesce(
               (SELECT min(running)
                  FROM pg_snapshot_xip(taken) AS running
                 WHERE (running::text::bigint % 4294967296)::text IN (SELECT xid FROM event_writers)
                    OR pg_xact_status(running) = 'committed'),
               pg_snapshot_xmax(taken))::text::bigint << 20
      FROM snapshot
$$;
