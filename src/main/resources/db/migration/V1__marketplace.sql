-- Users are patients (USER) or providers (PROVIDER); a provider offers exactly one service type.
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    email         text        NOT NULL UNIQUE, -- stored lower-cased
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('USER', 'PROVIDER')),
    service_type  text        CHECK (service_type IN ('DOCTOR_CONSULTATION', 'NURSE_VISIT', 'MEDICINE_DELIVERY')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'PROVIDER') = (service_type IS NOT NULL))
);

CREATE TABLE bookings (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id    uuid        NOT NULL REFERENCES users (id),
    provider_id   uuid        REFERENCES users (id),
    service_type  text        NOT NULL CHECK (service_type IN ('DOCTOR_CONSULTATION', 'NURSE_VISIT', 'MEDICINE_DELIVERY')),
    status        text        NOT NULL DEFAULT 'PENDING'
                              CHECK (status IN ('PENDING', 'ACCEPTED', 'COMPLETED', 'CANCELLED')),
    address       text        NOT NULL,
    notes         text,
    scheduled_for timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- A claimed booking always names its provider; an unclaimed one never does.
    CHECK ((status IN ('ACCEPTED', 'COMPLETED')) = (provider_id IS NOT NULL))
);
CREATE INDEX bookings_patient_idx ON bookings (patient_id, created_at DESC);
CREATE INDEX bookings_available_idx ON bookings (service_type, created_at) WHERE status = 'PENDING';
CREATE INDEX bookings_provider_idx ON bookings (provider_id, status, updated_at DESC) WHERE provider_id IS NOT NULL;

-- Append-only audit trail of every status change, written in the same statement as the change.
CREATE TABLE booking_events (
    id           bigserial PRIMARY KEY,
    booking_id   uuid        NOT NULL REFERENCES bookings (id),
    status       text        NOT NULL,
    actor_id     uuid        NOT NULL REFERENCES users (id),
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, id);

CREATE TABLE ratings (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    booking_id  uuid        NOT NULL UNIQUE REFERENCES bookings (id),
    patient_id  uuid        NOT NULL REFERENCES users (id),
    provider_id uuid        NOT NULL REFERENCES users (id),
    stars       smallint    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    review      text        CHECK (length(review) <= 1000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ratings_provider_idx ON ratings (provider_id, created_at DESC);

-- Access tokens revoked by logout, kept until they would have expired anyway.
CREATE TABLE revoked_tokens (
    jti        uuid PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_tokens_expiry_idx ON revoked_tokens (expires_at);

-- A booking as the API shows it: with its patient's and provider's names and its rating.
CREATE VIEW booking_views AS
SELECT b.*,
       patient.name  AS patient_name,
       provider.name AS provider_name,
       r.stars       AS rating_stars,
       r.review      AS rating_review,
       r.created_at  AS rating_created_at
  FROM bookings b
  JOIN users patient       ON patient.id = b.patient_id
  LEFT JOIN users provider ON provider.id = b.provider_id
  LEFT JOIN ratings r      ON r.booking_id = b.id;
