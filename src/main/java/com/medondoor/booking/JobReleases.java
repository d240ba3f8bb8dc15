package com.medondoor.booking;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Puts a provider's visits back in the pool: the bookings in their hands become PENDING again, without a
 * provider, each change an event like any other ({@code booking_events}, with who did it and why), so
 * that the jobs reappear on other providers' boards live and the patients' pages show them waiting.
 */
@Service
public class JobReleases {

    /** The reason of the events of a suspended provider's released jobs. */
    public static final String PROVIDER_SUSPENDED = "PROVIDER_SUSPENDED";

    private static final Logger log = LoggerFactory.getLogger(JobReleases.class);

    private final ReleaseRepository releases;
    private final TransactionalOperator transaction;

    JobReleases(ReleaseRepository releases, ReactiveTransactionManager transactions) {
        this.releases = releases;
        this.transaction = TransactionalOperator.create(transactions);
    }

    /**
     * Runs {@code change} (a change to the provider elsewhere, such as their suspension) and, if it
     * produced a value, releases the provider's jobs: one transaction, whose release reads the bookings
     * only after {@code change} has run, so that it sees every job {@code change} waited for.
     */
    public <T> Mono<T> afterChange(Mono<T> change, UUID provider, UUID actor, String reason) {
        return transaction.transactional(releases.eventsFollow()
                .then(change)
                .flatMap(changed -> releases.release(provider, actor, reason)
                        .<T>handle((released, next) -> {
                            log.info("Released {} visits of provider {}: {}", released, provider, reason);
                            next.next(changed);
                        })));
    }
}
