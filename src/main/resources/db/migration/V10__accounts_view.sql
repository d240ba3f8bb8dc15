-- Who someone is, for every feature's SQL: the identity core's view of users. It leaves out how they
-- log in (email, password hash); only auth, which signs people up and in, reads the users table itself.
CREATE VIEW accounts AS
SELECT id, name, role, service_type, created_at
  FROM users;

CREATE OR REPLACE VIEW booking_views AS
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
