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
