package com.medondoor.load;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.medondoor.load.LoadClient.Account;
import reactor.core.publisher.Flux;

/**
 * Runs the service's hot paths for a while before anything is measured, so that the scenarios see
 * JIT-compiled code rather than the interpreter: a small claim storm of its own, through the API.
 */
final class WarmUp {

    private static final int BOOKINGS = 200;
    private static final int CONCURRENCY = 64;

    private WarmUp() {
    }

    static void run(Scene scene, List<Account> providers) {
        long started = System.nanoTime();
        List<UUID> bookings = scene.client().bookings(scene.patients(), BOOKINGS, ClaimStorm.SERVICE_TYPE);
        long answers = Flux.fromIterable(bookings)
                .flatMap(booking -> Flux.fromIterable(providers).map(provider -> new Object[] {provider, booking}))
                .flatMap(pair -> scene.client().claim((Account) pair[0], (UUID) pair[1]), CONCURRENCY)
                .count()
                .block(Duration.ofMinutes(10));
        System.out.printf("%nWarm-up: %d bookings, %d claims in %.0f s%n", bookings.size(), answers,
                (System.nanoTime() - started) / 1e9);
    }
}
