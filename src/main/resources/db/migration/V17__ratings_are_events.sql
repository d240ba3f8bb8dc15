-- A rating reaches the provider who did the visit, and the patient's other tabs, live: it is recorded as
-- an event of its booking in the statement that inserts it (booking.BookingChanges.rating), and the feed
-- carries it like any change, to every replica, in a replay too. Its status is the booking's, COMPLETED,
-- which a rating does not change; rating_id names the rating and marks the event as no step of the visit
-- (a booking's steps leave it out). Ratings given before this release have no event: nobody waits for them.
-- During the rollout the previous release reads such an event as a second completion: its provider is sent
-- the completed visit again, which changes nothing, and a patient's steps repeat "completed" until reload.
ALTER TABLE booking_events
    ADD COLUMN rating_id uuid UNIQUE REFERENCES ratings (id),
    ADD CONSTRAINT booking_events_rating_check CHECK (rating_id IS NULL OR status = 'COMPLETED');
