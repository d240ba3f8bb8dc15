-- A booking's address in parts, so that providers can be shown the area (district and city) before
-- they take a visit and the street only after; a contact phone in E.164; and a short description of
-- the need, which the patient writes for providers to decide by (the notes stay private).
--
-- Bookings made before this release keep their address as the one line the patient typed: nothing
-- can split it reliably. They have no area, phone or need; providers see their service and time only.
-- A row holds either that legacy line or the parts, never both, never neither. During the rollout the
-- previous release still inserts the legacy line alone, which the check lets through.
ALTER TABLE bookings
    ALTER COLUMN address DROP NOT NULL,
    ADD COLUMN street   text CHECK (length(street) BETWEEN 1 AND 200),
    ADD COLUMN flat     text CHECK (length(flat) BETWEEN 1 AND 50),
    ADD COLUMN postcode text CHECK (length(postcode) BETWEEN 1 AND 16),
    ADD COLUMN city     text CHECK (length(city) BETWEEN 1 AND 100),
    ADD COLUMN district text CHECK (length(district) BETWEEN 1 AND 100),
    ADD COLUMN country  text CHECK (country ~ '^[A-Z]{2}$'),
    ADD COLUMN phone    text CHECK (phone ~ '^\+[1-9][0-9]{1,14}$'),
    ADD COLUMN need     text CHECK (length(need) BETWEEN 1 AND 200),
    ADD CONSTRAINT bookings_address_check CHECK (
        (address IS NOT NULL
            AND street IS NULL AND flat IS NULL AND postcode IS NULL AND city IS NULL AND district IS NULL
            AND country IS NULL)
        OR (address IS NULL
            AND street IS NOT NULL AND postcode IS NOT NULL AND city IS NOT NULL AND district IS NOT NULL
            AND country IS NOT NULL AND phone IS NOT NULL AND need IS NOT NULL));

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
