-- The retention sweep finds expired idempotency keys by age (booking/ExpiredIdempotencyKeys), 1,000 at
-- a time: without this index each batch would scan the whole table. revoked_tokens already has its
-- index on expires_at (V1); booking_events is the audit trail and is never swept.
-- Not CONCURRENTLY: Flyway holds a lock of its own while it migrates, and CREATE INDEX CONCURRENTLY
-- waits for it forever. The build blocks new keyed bookings for as long as it takes to index the keys
-- kept until now.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
