-- Bucket4j's token buckets for failed logins, per account and per client, shared by every replica.
CREATE TABLE login_throttle (
    id    text PRIMARY KEY,
    state bytea
);
