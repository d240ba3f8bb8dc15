package com.medondoor.booking;

import java.util.Set;
import java.util.UUID;

import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class BookingRepository {

    /** When a new booking expires unclaimed: when its window ends, or as soon as possible, after the wait. */
    private static final String EXPIRES_AT = "coalesce(:windowEnd, now() + make_interval(secs => :asapWait))";

    private static final String CREATE = BookingChanges.statement("""
            INSERT INTO bookings (patient_id, service_type, street, flat, postcode, city, district, country, phone,
                                  need, notes, scheduled_for, window_end, time_zone, expires_at)
            VALUES (:actor, :serviceType, :street, :flat, :postcode, :city, :district, :country, :phone,
                    :need, :notes, :windowStart, :windowEnd, :timeZone, %s)
            RETURNING *
            """.formatted(EXPIRES_AT));

    /**
     * Creates the booking only if the patient's key is new, or so old that it has expired (and waits
     * for the retention sweep): the key's row decides, in the same statement. An expired key is taken
     * over for the new booking; racing requests queue on its row, and the ones after the first find
     * it fresh and change nothing.
     */
    private static final String CREATE_ONCE = BookingChanges.statement("""
            keyed AS (
                INSERT INTO idempotency_keys AS k (patient_id, idempotency_key, fingerprint, booking_id)
                VALUES (:actor, :key, :fingerprint, gen_random_uuid())
                ON CONFLICT (patient_id, idempotency_key) DO UPDATE
                   SET fingerprint = EXCLUDED.fingerprint, booking_id = EXCLUDED.booking_id, created_at = now()
                 WHERE k.created_at < now() - make_interval(secs => :retention)
                RETURNING booking_id
            ),
            """, """
            INSERT INTO bookings (id, patient_id, service_type, street, flat, postcode, city, district, country,
                                  phone, need, notes, scheduled_for, window_end, time_zone, expires_at)
            SELECT booking_id, :actor, :serviceType, :street, :flat, :postcode, :city, :district, :country,
                   :phone, :need, :notes, :windowStart, :windowEnd, :timeZone, %s
              FROM keyed
            RETURNING *
            """.formatted(EXPIRES_AT));

    private final DatabaseClient db;
    private final BookingProperties properties;

    BookingRepository(DatabaseClient db, BookingProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    Mono<BookingView> create(UUID patient, CreateBookingRequest request) {
        return bindRequest(db.sql(CREATE), patient, request).map(BookingView::from).one();
    }

    /** Creates the booking unless the patient has used this key within its retention; empty if they have. */
    Mono<BookingView> createOnce(UUID patient, CreateBookingRequest request, String key, String fingerprint) {
        return bindRequest(db.sql(CREATE_ONCE), patient, request)
                .bind("key", key)
                .bind("fingerprint", fingerprint)
                .bind("retention", properties.idempotencyRetentionSeconds())
                .map(BookingView::from)
                .one();
    }

    /** The booking the patient created with this key, as it is now, and that request's fingerprint. */
    Mono<KeyedBooking> findByKey(UUID patient, String key) {
        return db.sql("""
                SELECT k.fingerprint, v.*
                  FROM idempotency_keys k
                  JOIN booking_views v ON v.id = k.booking_id
                 WHERE k.patient_id = :patient AND k.idempotency_key = :key
                """)
                .bind("patient", patient)
                .bind("key", key)
                .map(row -> new KeyedBooking(row.get("fingerprint", String.class), BookingView.from(row)))
                .one();
    }

    /** Binds a request as {@link CreateBookingRequest#normalized} made it. */
    private DatabaseClient.GenericExecuteSpec bindRequest(DatabaseClient.GenericExecuteSpec sql, UUID patient,
            CreateBookingRequest request) {
        CreateBookingRequest.Address address = request.address();
        return sql.bind("actor", patient)
                .bind("serviceType", request.serviceType().name())
                .bind("street", address.street())
                .bind("flat", Parameters.in(R2dbcType.VARCHAR, address.flat()))
                .bind("postcode", address.postcode())
                .bind("city", address.city())
                .bind("district", address.district())
                .bind("country", address.country())
                .bind("phone", request.phone())
                .bind("need", request.need())
                .bind("notes", Parameters.in(R2dbcType.VARCHAR, request.notes()))
                .bind("windowStart", Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE, request.windowStart()))
                .bind("windowEnd", Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE, request.windowEnd()))
                .bind("timeZone", request.timeZone())
                .bind("asapWait", properties.asapWaitSeconds());
    }

    Mono<BookingView> findOwned(UUID id, UUID patient) {
        return db.sql("SELECT * FROM booking_views WHERE id = :id AND patient_id = :patient")
                .bind("id", id)
                .bind("patient", patient)
                .map(BookingView::from)
                .one();
    }

    /** Every step of the patient's booking, oldest first (its rating is none); none if it is not theirs. */
    Flux<BookingStep> steps(UUID id, UUID patient) {
        return db.sql("""
                SELECT e.status, e.occurred_at, e.reason, e.note, e.expected_arrival,
                       provider.id AS provider_id, provider.name AS provider_name
                  FROM booking_events e
                  JOIN bookings booking       ON booking.id = e.booking_id
                  LEFT JOIN accounts provider ON provider.id = coalesce(e.provider_id, e.former_provider_id)
                 WHERE e.booking_id = :id AND booking.patient_id = :patient AND e.rating_id IS NULL
                 ORDER BY e.id
                """)
                .bind("id", id)
                .bind("patient", patient)
                .map(BookingStep::from)
                .all();
    }

    /** The patient's bookings in one of the given statuses, newest first. */
    Flux<BookingView> findAllOwned(UUID patient, Set<BookingStatus> statuses, PageRequest page) {
        return db.sql("""
                SELECT * FROM booking_views
                 WHERE patient_id = :patient AND status = ANY(:statuses)
                 ORDER BY created_at DESC, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("patient", patient)
                .bind("statuses", BookingStatus.names(statuses))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countOwned(UUID patient, Set<BookingStatus> statuses) {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE patient_id = :patient AND status = ANY(:statuses)")
                .bind("patient", patient)
                .bind("statuses", BookingStatus.names(statuses))
                .map(row -> row.get("total", Long.class))
                .one();
    }

    record KeyedBooking(String fingerprint, BookingView booking) {
    }
}
