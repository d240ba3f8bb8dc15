package com.medondoor.booking;

/**
 * Builds the one statement that changes a booking. Each change is a CTE named {@code changed} that
 * inserts or conditionally updates a booking; the statement then records the change in
 * {@code booking_events} and returns the changed booking as a {@link BookingView} row. Being one
 * statement, the change and its event commit together or not at all, in one round trip. No row
 * returned means the change's condition did not hold.
 * <p>
 * The event records the facts of the change as {@code changed} has them (migrations V11, V15): its
 * status, who acted ({@code :actor}, null for the service itself), the provider, the visit's window and
 * the booking's expiry from then on, the reason, words and expected arrival the change gave, and when; the live
 * feed renders the event from them, whatever happens to the booking afterwards. A rating is recorded
 * the same way ({@link #rating(String)}), though it changes no status.
 */
public final class BookingChanges {

    /** The changed booking with the columns of {@code booking_views}; {@code %s} adds to the columns. */
    private static final String VIEW = """
            SELECT changed.*,
                   patient.name  AS patient_name,
                   provider.name AS provider_name,
                   NULL::smallint    AS rating_stars,
                   NULL::text        AS rating_review,
                   NULL::timestamptz AS rating_created_at%s
              FROM changed
              JOIN accounts patient       ON patient.id = changed.patient_id
              LEFT JOIN accounts provider ON provider.id = changed.provider_id
            """;

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
        return changes(before, change, false) + "\n" + VIEW.formatted("");
    }

    /**
     * A change that takes the visit from its provider (a release, or a cancellation once a provider has it):
     * besides the booking, its {@code RETURNING} gives that provider as {@code former_provider_id} (null
     * when it had none), whom the event names so that they are told.
     *
     * @param change an UPDATE of {@code bookings} returning {@code *} and {@code former_provider_id}
     */
    public static String statementTakingVisit(String change) {
        return statementTakingVisit(change, "");
    }

    /**
     * As {@link #statementTakingVisit(String)}, with more CTEs after the change that read it from
     * {@code changed}, such as an entry in the audit log.
     *
     * @param after CTEs, each as {@code , name AS (…)}
     */
    public static String statementTakingVisit(String change, String after) {
        return changes("", change, true) + after.stripTrailing() + "\n" + VIEW.formatted("");
    }

    /**
     * When a visit given back to the pool expires unclaimed: as it would have, or, if that is sooner, after
     * the wait of an "as soon as possible" booking from now ({@code :asapWait}, in seconds): a visit released
     * late is urgent, not over.
     */
    public static final String RELEASED_EXPIRES_AT = "greatest(expires_at, now() + make_interval(secs => :asapWait))";

    /**
     * A change that answers why when its condition does not hold, in the same statement. It returns the
     * changed booking as {@link #statement(String)} does, with the refusal's columns null; or else the
     * refusal's one row, with the booking's columns null; or no row when the refusal has none either.
     *
     * @param change an UPDATE of {@code bookings} with {@code RETURNING *}
     * @param refusal a SELECT of at most one row, with column names of its own, that reads the booking
     *        only when {@code NOT EXISTS (SELECT FROM changed)}
     */
    public static String statementOrRefusal(String change, String refusal) {
        return changes("", change, false) + ", refusal AS (\n" + indent(refusal) + "\n)\n"
                + VIEW.formatted(",\n       refusal.*") + "  FULL JOIN refusal ON true\n";
    }

    /**
     * Records a rating as an event of its booking, in the statement that inserts it (migration V17): the
     * booking's facts as they stand (a completed booking changes no more), the patient as the actor, and the
     * rating's id, which marks the event as no change of status. The statement returns the inserted rating.
     *
     * @param insert an INSERT into {@code ratings} with {@code RETURNING *}; no row, no event
     */
    public static String rating(String insert) {
        return """
                WITH rated AS (
                %s
                ), recorded AS (
                    INSERT INTO booking_events (booking_id, status, actor_id, provider_id, scheduled_for, window_end,
                                                expires_at, reason, note, expected_arrival, rating_id)
                    SELECT b.id, b.status, rated.patient_id, b.provider_id, b.scheduled_for, b.window_end,
                           b.expires_at, b.status_reason, b.status_note, b.expected_arrival, rated.id
                      FROM rated
                      JOIN bookings b ON b.id = rated.booking_id
                )
                SELECT * FROM rated
                """.formatted(indent(insert));
    }

    private static String changes(String before, String change, boolean takesVisit) {
        return """
                WITH %schanged AS (
                %s
                ), recorded AS (
                    INSERT INTO booking_events (booking_id, status, actor_id, provider_id, scheduled_for, window_end,
                                                expires_at, reason, note, expected_arrival, former_provider_id)
                    SELECT id, status, :actor, provider_id, scheduled_for, window_end, expires_at, status_reason,
                           status_note, expected_arrival, %s
                      FROM changed
                )""".formatted(before.strip().isEmpty() ? "" : before.strip() + " ", indent(change),
                takesVisit ? "former_provider_id" : "NULL::uuid");
    }

    private static String indent(String sql) {
        return sql.stripTrailing().indent(4).stripTrailing();
    }
}
