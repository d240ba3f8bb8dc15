package com.medondoor.job;

import java.util.Map;
import java.util.UUID;

import com.medondoor.booking.BookingChanges;
import com.medondoor.booking.BookingProperties;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.booking.Transition;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** A visit's changes after the claim, each by the provider who holds it. */
@Repository
class VisitRepository {

    /** The visit's next steps, each by its provider; only setting off gives an expected arrival. */
    private static final Map<Transition, String> STEPS = Map.of(
            Transition.SET_OFF, step(Transition.SET_OFF, "now() + make_interval(mins => :etaMinutes)"),
            Transition.ARRIVE, step(Transition.ARRIVE, "NULL"),
            Transition.COMPLETE, step(Transition.COMPLETE, "NULL"));

    /** The visit back to the pool, with the provider's reason; they never see it again ({@link JobVisibility}). */
    private static final String RELEASE = BookingChanges.statementTakingVisit("""
            UPDATE bookings
               SET status = '%s', provider_id = NULL, released_by = released_by || provider_id,
                   status_reason = 'RELEASED', status_note = :reason, expected_arrival = NULL, expires_at = %s,
                   updated_at = now()
             WHERE id = :id
               AND provider_id = :actor
               AND %s
            RETURNING *, CAST(:actor AS uuid) AS former_provider_id
            """.formatted(Transition.RELEASE.to(), BookingChanges.RELEASED_EXPIRES_AT, Transition.RELEASE.from("status")));

    private final DatabaseClient db;
    private final BookingProperties bookings;

    VisitRepository(DatabaseClient db, BookingProperties bookings) {
        this.db = db;
        this.bookings = bookings;
    }

    private static String step(Transition step, String expectedArrival) {
        return BookingChanges.statement("""
                UPDATE bookings
                   SET status = '%s', expected_arrival = %s, status_reason = NULL, status_note = NULL, updated_at = now()
                 WHERE id = :id
                   AND provider_id = :actor
                   AND %s
                RETURNING *
                """.formatted(step.to(), expectedArrival, step.from("status")));
    }

    /** The visit one step on, if it is the provider's and at the step before; empty otherwise. */
    Mono<BookingView> step(Transition step, UUID id, UUID provider, Integer etaMinutes) {
        DatabaseClient.GenericExecuteSpec sql = db.sql(STEPS.get(step)).bind("id", id).bind("actor", provider);
        if (step == Transition.SET_OFF) {
            sql = sql.bind("etaMinutes", Parameters.in(R2dbcType.INTEGER, etaMinutes));
        }
        return sql.map(BookingView::from).one();
    }

    /** The provider's visit back to the pool, if {@link Transition#RELEASE} allows it; empty otherwise. */
    Mono<BookingView> release(UUID id, UUID provider, String reason) {
        return db.sql(RELEASE).bind("id", id).bind("actor", provider).bind("reason", reason)
                .bind("asapWait", bookings.asapWaitSeconds())
                .map(BookingView::from).one();
    }

    /** The status of a booking this provider holds or held, for explaining a refused step. */
    Mono<BookingStatus> statusOfClaimed(UUID id, UUID provider) {
        return db.sql("SELECT status FROM bookings WHERE id = :id AND provider_id = :provider")
                .bind("id", id)
                .bind("provider", provider)
                .map(row -> BookingStatus.valueOf(row.get("status", String.class)))
                .one();
    }
}
