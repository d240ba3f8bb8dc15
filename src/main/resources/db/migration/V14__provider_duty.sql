-- A provider's shift, owned by the jobs feature: whether they are on duty, how many visits they may hold
-- at once (fixed when the shift starts, from medondoor.duty.capacity), and how many they hold now. A
-- provider without a row is off duty and holds nothing.
CREATE TABLE provider_duty (
    provider_id   uuid        PRIMARY KEY REFERENCES users (id),
    on_duty       boolean     NOT NULL,
    capacity      integer     NOT NULL CHECK (capacity >= 1),
    active_visits integer     NOT NULL DEFAULT 0 CHECK (active_visits >= 0),
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- Until now every provider could claim whenever they liked: they start on duty, so that no one working
-- is stopped by the release, with the default capacity of their type.
INSERT INTO provider_duty (provider_id, on_duty, capacity, active_visits)
SELECT u.id, true,
       CASE u.service_type WHEN 'MEDICINE_DELIVERY' THEN 3 ELSE 1 END,
       (SELECT count(*) FROM bookings b WHERE b.provider_id = u.id AND b.status = 'ACCEPTED')
  FROM users u
 WHERE u.role = 'PROVIDER';

-- The visits a provider holds, counted by the database itself whoever changes a booking (a claim, a
-- completion, a release, a cancellation; this release or the one before it during a rollout), in the
-- statement that changes it. A booking a provider takes must find them on duty with room, on the newest
-- version of their row, which the count's update locks: of two claims by one provider at once, the second
-- waits for the first and then counts its visit. Otherwise the statement fails, and with it the claim.
CREATE FUNCTION provider_duty_counts_visits() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    active CONSTANT text[] := ARRAY['ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS'];
    held      boolean := TG_OP = 'UPDATE' AND OLD.status = ANY (active);
    holds     boolean := NEW.status = ANY (active);
    same_hand boolean := TG_OP = 'UPDATE' AND OLD.provider_id IS NOT DISTINCT FROM NEW.provider_id;
BEGIN
    IF held AND NOT (holds AND same_hand) THEN
        UPDATE provider_duty SET active_visits = active_visits - 1 WHERE provider_id = OLD.provider_id;
    END IF;
    IF holds AND NOT (held AND same_hand) THEN
        UPDATE provider_duty SET active_visits = active_visits + 1
         WHERE provider_id = NEW.provider_id AND on_duty AND active_visits < capacity;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'provider % is off duty or holds as many visits as they may', NEW.provider_id
                USING ERRCODE = 'check_violation', CONSTRAINT = 'provider_duty_room';
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER provider_duty_counts_visits
    AFTER INSERT OR UPDATE OF status, provider_id ON bookings
    FOR EACH ROW EXECUTE FUNCTION provider_duty_counts_visits();
