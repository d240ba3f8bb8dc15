-- Failed logins per account and per client address, shared by every replica, counted by the service's own
-- connection pool (Bucket4j's JDBC buckets in login_throttle reached PostgreSQL outside it). Each subject
-- has a fixed window that opens at its first failure: once it holds the limit's failures, logins are
-- refused until the window ends; the next failure after that opens a new window. A row whose window has
-- ended counts for nothing and is swept.
DROP TABLE login_throttle;

CREATE TABLE login_failures (
    subject     text        PRIMARY KEY, -- 'account:' || sha-256 of the email, or 'client:' || address
    failures    integer     NOT NULL CHECK (failures > 0),
    window_ends timestamptz NOT NULL
);
CREATE INDEX login_failures_window_idx ON login_failures (window_ends);
