-- The visit's whole life: a provider travels (EN_ROUTE, with an expected arrival) and arrives
-- (IN_PROGRESS) before completing; a provider gives a visit back, a patient cancels after a provider
-- was assigned, a booking nobody took in time EXPIRES, and administrators release or cancel overdue
-- visits. Every change gives its reason where it has one: a code (status_reason) and the person's own
-- words (status_note).
ALTER TABLE bookings
    DROP CONSTRAINT bookings_status_check,
    DROP CONSTRAINT bookings_check,
    ADD CONSTRAINT bookings_status_check
        CHECK (status IN ('PENDING', 'ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'EXPIRED')),
    -- A visit in a provider's hands, or done by them, names them; any other booking names no one.
    ADD CONSTRAINT bookings_provider_check
        CHECK ((status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED')) = (provider_id IS NOT NULL)),
    -- When the visit should happen: scheduled_for is the start of its window, window_end its end, both
    -- null for "as soon as possible"; time_zone is the IANA zone the visit's times are shown in.
    ADD COLUMN window_end       timestamptz,
    ADD COLUMN time_zone        text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),
    -- A PENDING booking nobody claimed by then EXPIRES; a visit still in a provider's hands well past
    -- it is overdue. The window's end, or for "as soon as possible" its booking time and the wait the
    -- service promised then.
    ADD COLUMN expires_at       timestamptz,
    -- The providers who gave this booking back, or had it taken from them: none of them sees it again.
    ADD COLUMN released_by      uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN expected_arrival timestamptz,
    ADD COLUMN status_reason    text,
    ADD COLUMN status_note      text CHECK (length(status_note) BETWEEN 1 AND 500);

-- Bookings made so far: a time is the start of a window of the default length (two hours, as
-- medondoor.bookings.default-window), and an ASAP booking waits the default two hours
-- (medondoor.bookings.asap-wait) from when it was made.
UPDATE bookings
   SET window_end = scheduled_for + interval '2 hours'
 WHERE scheduled_for IS NOT NULL;
UPDATE bookings
   SET expires_at = coalesce(window_end, created_at + interval '2 hours');

-- The previous release, still serving during the rollout, inserts neither; it gets the defaults above.
CREATE FUNCTION booking_window_of_previous_release() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.scheduled_for IS NOT NULL AND NEW.window_end IS NULL THEN
        NEW.window_end := NEW.scheduled_for + interval '2 hours';
    END IF;
    NEW.expires_at := coalesce(NEW.window_end, now() + interval '2 hours');
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_window_of_previous_release
    BEFORE INSERT ON bookings
    FOR EACH ROW WHEN (NEW.expires_at IS NULL)
    EXECUTE FUNCTION booking_window_of_previous_release();

ALTER TABLE bookings
    ALTER COLUMN expires_at SET NOT NULL,
    ADD CONSTRAINT bookings_window_check
        CHECK ((scheduled_for IS NULL) = (window_end IS NULL) AND window_end > scheduled_for);

-- The boards show the most urgent first: "as soon as possible", then by the window's start.
DROP INDEX bookings_available_idx;
CREATE INDEX bookings_board_idx ON bookings (service_type, scheduled_for NULLS FIRST, created_at, id)
    WHERE status = 'PENDING';
-- The expiry sweep's and the overdue list's reads.
CREATE INDEX bookings_expiring_idx ON bookings (expires_at) WHERE status = 'PENDING';
CREATE INDEX bookings_overdue_idx ON bookings (expires_at) WHERE status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS');

-- Every status change the service may make, as com.medondoor.booking.Transition lists them (a test
-- holds the two equal): any other change of a booking's status is refused, whoever writes it.
CREATE FUNCTION booking_transition_allowed(from_status text, to_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (from_status, to_status) IN (
        ('PENDING', 'ACCEPTED'), ('PENDING', 'CANCELLED'), ('PENDING', 'EXPIRED'),
        ('ACCEPTED', 'EN_ROUTE'), ('ACCEPTED', 'PENDING'), ('ACCEPTED', 'CANCELLED'),
        ('EN_ROUTE', 'IN_PROGRESS'), ('EN_ROUTE', 'PENDING'), ('EN_ROUTE', 'CANCELLED'),
        ('IN_PROGRESS', 'COMPLETED'), ('IN_PROGRESS', 'PENDING'), ('IN_PROGRESS', 'CANCELLED'))
$$;

CREATE FUNCTION booking_status_moves_legally() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT booking_transition_allowed(OLD.status, NEW.status) THEN
        RAISE EXCEPTION 'a booking does not go from % to %', OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'booking_transitions';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_status_moves_legally
    BEFORE UPDATE OF status ON bookings
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION booking_status_moves_legally();

-- Events record the new facts too: the provider a change took the visit from (a release or a
-- cancellation: that provider is told), the expected arrival, the person's words, and the window's end
-- and expiry as the change left them (a release late in the window moves the expiry). The service
-- itself makes changes now (the expiry sweep): an event without an actor is the service's.
ALTER TABLE booking_events
    DROP CONSTRAINT booking_events_status_check,
    DROP CONSTRAINT booking_events_provider_check,
    ALTER COLUMN actor_id DROP NOT NULL,
    ADD COLUMN former_provider_id uuid REFERENCES users (id),
    ADD COLUMN expected_arrival   timestamptz,
    ADD COLUMN note               text,
    ADD COLUMN window_end         timestamptz,
    ADD COLUMN expires_at         timestamptz,
    ADD CONSTRAINT booking_events_status_check
        CHECK (status IN ('PENDING', 'ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'EXPIRED')),
    ADD CONSTRAINT booking_events_provider_check
        CHECK ((status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS', 'COMPLETED')) = (provider_id IS NOT NULL));

-- Until now nothing changed a booking's time after it was made: the booking's row holds every earlier
-- event's window and expiry.
UPDATE booking_events e
   SET window_end = b.window_end, expires_at = b.expires_at
  FROM bookings b
 WHERE b.id = e.booking_id;

-- The view's b.* was expanded when it was created: it is created again to take the new columns.
DROP VIEW booking_views;
CREATE VIEW booking_views AS
SELECT b.*,
       patient.name  AS patient_name,
       provider.name AS provider_name,
       r.stars       AS rating_stars,
       r.review      AS rating_review,
       r.created_at  AS rating_created_at
  FROM bookings b
  JOIN accounts patient       ON patient.id = b.patient_id
  LEFT JOIN accounts provider ON provider.id = b.provider_id
  LEFT JOIN ratings r         ON r.booking_id = b.id;
