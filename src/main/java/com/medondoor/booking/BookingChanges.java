package com.medondoor.booking;

/**
 * Builds the one statement that changes a booking. Each change is a CTE named {@code changed} that
 * inserts or conditionally updates a booking; the statement then records the change in
 * {@code booking_events} and returns the changed booking as a {@link BookingView} row. Being one
 * statement, the change and its event commit together or not at all, in one round trip. No row
 * returned means the change's condition did not hold.
 */
public final class BookingChanges {

    private BookingChanges() {
    }

    /**
     * @param change an INSERT or UPDATE of {@code bookings} with {@code RETURNING *}
     * @return the whole statement; it binds {@code :actor}, the user making the change, besides the
     *         change's own parameters
     */
    public static String statement(String change) {
        return statement("", change);
    }

    /**
     * @param before CTEs the change reads from, each as {@code name AS (…)} followed by a comma
     * @param change an INSERT or UPDATE of {@code bookings} with {@code RETURNING *}
     */
    public static String statement(String before, String change) {
        return """
                WITH %schanged AS (
                %s
                ), recorded AS (
                    INSERT INTO booking_events (booking_id, status, actor_id)
                    SELECT id, status, :actor FROM changed
                )
                SELECT changed.*,
                       patient.name  AS patient_name,
                       provider.name AS provider_name,
                       NULL::smallint    AS rating_stars,
                       NULL::text        AS rating_review,
                       NULL::timestamptz AS rating_created_at
                  FROM changed
                  JOIN users patient       ON patient.id = changed.patient_id
                  LEFT JOIN users provider ON provider.id = changed.provider_id
                """.formatted(before.strip().isEmpty() ? "" : before.strip() + " ",
                change.stripTrailing().indent(4).stripTrailing());
    }
}
