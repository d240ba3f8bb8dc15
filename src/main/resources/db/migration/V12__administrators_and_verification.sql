-- Administrators, and providers verified by them before they see any patient's booking.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('USER', 'PROVIDER', 'ADMIN'));

-- A provider's professional details, which an administrator checks: a licence or registration number
-- for doctors and nurses, an identity document and a vehicle for couriers. Providers who registered
-- before this release have none and start UNVERIFIED like everyone else: nobody ever checked them, so
-- they submit their details and wait for an administrator, as a new provider does.
ALTER TABLE users
    ADD COLUMN licence_number       text CHECK (length(licence_number) BETWEEN 1 AND 64),
    ADD COLUMN identity_document    text CHECK (length(identity_document) BETWEEN 1 AND 64),
    ADD COLUMN vehicle              text CHECK (length(vehicle) BETWEEN 1 AND 200),
    ADD COLUMN verification         text CHECK (verification IN ('UNVERIFIED', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    ADD COLUMN verification_reason  text CHECK (length(verification_reason) BETWEEN 1 AND 1000),
    ADD COLUMN verification_changed timestamptz;

UPDATE users SET verification = 'UNVERIFIED', verification_changed = now() WHERE role = 'PROVIDER';

-- A new provider starts UNVERIFIED unless the insert says otherwise, whoever inserts them: also the previous release's pods, which
-- still serve during a rollout and know nothing of verification (until they are gone, a provider who
-- registers through one of them is not gated by it either: one more reason to keep rollouts short).
CREATE FUNCTION new_provider_is_unverified() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.verification := 'UNVERIFIED';
    NEW.verification_changed := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER new_provider_is_unverified
    BEFORE INSERT ON users
    FOR EACH ROW WHEN (NEW.role = 'PROVIDER' AND NEW.verification IS NULL)
    EXECUTE FUNCTION new_provider_is_unverified();

ALTER TABLE users
    ADD CONSTRAINT users_provider_verified_check CHECK ((role = 'PROVIDER') = (verification IS NOT NULL));
CREATE INDEX users_verification_idx ON users (verification, verification_changed) WHERE role = 'PROVIDER';

CREATE OR REPLACE VIEW accounts AS
SELECT id, name, role, service_type, created_at, verification
  FROM users;

-- Every administrator's action, written in the same transaction as the action itself. actor_id is
-- null only for what the service does on its own behalf (the first administrator, from configuration).
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    actor_id    uuid        REFERENCES users (id),
    action      text        NOT NULL,
    subject_id  uuid        NOT NULL,
    reason      text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_id, id DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_is_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Every replica learns of a provider's new verification status at once (LISTEN account_changes): it
-- ends the streams of a provider who may no longer see jobs and tells the provider's open pages. The
-- notification is sent when the transaction commits, and only if it does.
CREATE FUNCTION notify_account_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('account_changes', NEW.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER notify_account_change
    AFTER UPDATE OF verification ON users
    FOR EACH ROW WHEN (OLD.verification IS DISTINCT FROM NEW.verification)
    EXECUTE FUNCTION notify_account_change();
