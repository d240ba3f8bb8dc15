-- Each event records, when it is written, the facts of its change: besides its status, who acted
-- (actor_id) and when (occurred_at), the provider the booking had right after the change (none while it
-- is PENDING or CANCELLED), the visit's time it had then, and why, where a change gives a reason (none
-- does yet: releasing or reassigning a job will). The live feed renders an event from these facts and the
-- booking's unchanging data (its service type, address, notes, patient), so that a change made later
-- (a release, a reassignment, a new time) never rewrites what a replay shows. No rendered view and no
-- personal data is copied here: names are read from accounts when an event is sent.
ALTER TABLE booking_events
    ADD COLUMN provider_id   uuid REFERENCES users (id),
    ADD COLUMN scheduled_for timestamptz,
    ADD COLUMN reason        text;

-- Until now nothing changed a booking after it was claimed but its completion by the same provider, and
-- nothing changed its time: the booking's current row holds every earlier event's facts.
UPDATE booking_events e
   SET provider_id   = CASE WHEN e.status IN ('ACCEPTED', 'COMPLETED') THEN b.provider_id END,
       scheduled_for = b.scheduled_for
  FROM bookings b
 WHERE b.id = e.booking_id;

-- As on bookings: a claimed booking always names its provider, an unclaimed one never does.
ALTER TABLE booking_events
    ADD CONSTRAINT booking_events_status_check
        CHECK (status IN ('PENDING', 'ACCEPTED', 'COMPLETED', 'CANCELLED')),
    ADD CONSTRAINT booking_events_provider_check
        CHECK ((status IN ('ACCEPTED', 'COMPLETED')) = (provider_id IS NOT NULL));

-- During a rollout the previous release still serves, and its pods record events without these facts
-- (INSERT INTO booking_events (booking_id, status, actor_id)); the constraint above would refuse their
-- claims. So until the next release drops it, this trigger fills in what such a writer left out, from
-- the booking its statement has just changed: a trigger's query sees the changes its statement made so
-- far. It only runs for events with neither a provider nor a visit time; this release's writes give the
-- provider of every claimed or completed booking, so a claim never runs it.
CREATE FUNCTION booking_event_facts_of_previous_release() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    SELECT CASE WHEN NEW.status IN ('ACCEPTED', 'COMPLETED') THEN b.provider_id END, b.scheduled_for
      INTO NEW.provider_id, NEW.scheduled_for
      FROM bookings b
     WHERE b.id = NEW.booking_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_event_facts_of_previous_release
    BEFORE INSERT ON booking_events
    FOR EACH ROW WHEN (NEW.provider_id IS NULL AND NEW.scheduled_for IS NULL)
    EXECUTE FUNCTION booking_event_facts_of_previous_release();
