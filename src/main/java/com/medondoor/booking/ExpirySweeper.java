package com.medondoor.booking;

import java.time.Duration;

import com.medondoor.system.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Expires the bookings nobody claimed in time ({@link Transition#EXPIRE}), from context start to context
 * stop: every {@link BookingProperties#expirySweepInterval()}, batch after batch of at most
 * {@link #BATCH_LIMIT}, each one statement committed on its own, until a batch expires fewer. Every replica
 * runs one; the statement makes that safe ({@link ExpiryRepository}). The patients and the boards hear of
 * each expiry live, from its event.
 */
@Component
class ExpirySweeper extends BackgroundLoop {

    /** Small: each batch holds its bookings' row locks, which claims and cancellations would wait for. */
    static final int BATCH_LIMIT = 50;

    /** As the retention sweep's: a database gone silent must not stall the loop for good. */
    static final Duration BATCH_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

    private final ExpiryRepository expiries;
    private final Duration interval;

    ExpirySweeper(ExpiryRepository expiries, BookingProperties properties) {
        this.expiries = expiries;
        this.interval = properties.expirySweepInterval();
    }

    /** One round: expires every booking due, batch after batch; how many. */
    Mono<Long> sweep() {
        return batchesUntilShort(() -> expiries.expireBatch(BATCH_LIMIT), BATCH_LIMIT, BATCH_TIMEOUT)
                .doOnNext(expired -> {
                    if (expired > 0) {
                        log.info("Expired {} bookings nobody claimed in time", expired);
                    }
                })
                // One line, no stack trace: while the database is down every round fails the same way.
                .onErrorResume(failure -> {
                    log.warn("Expiry sweep failed ({}); trying again next round", failure.toString().replaceAll("\\s+", " "));
                    return Mono.just(0L);
                });
    }

    @Override
    protected Disposable run() {
        return roundsAfterPauses(interval, this::sweep, log, "Expiry sweeper");
    }
}
