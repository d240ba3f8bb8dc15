-- A patient's Idempotency-Key on POST /api/bookings, stored by the statement that creates the booking.
-- The key row is inserted first, ON CONFLICT DO NOTHING, and the booking only if the key was new: two
-- retries racing with one key create one booking (the second waits for the first to commit, then
-- inserts nothing). fingerprint is a hash of the request, to refuse the key's reuse for another one.
CREATE TABLE idempotency_keys (
    patient_id      uuid        NOT NULL REFERENCES users (id),
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    fingerprint     text        NOT NULL,
    booking_id      uuid        NOT NULL UNIQUE REFERENCES bookings (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (patient_id, idempotency_key)
);
