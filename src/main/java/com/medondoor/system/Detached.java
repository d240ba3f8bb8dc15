package com.medondoor.system;

import reactor.core.publisher.Mono;

/**
 * A one-value read whose operators are let go once it has answered. An operator that goes on from a
 * value (flatMap into the rest of a request, or into a live stream) keeps its upstream subscribers
 * until it ends; for a database read that is the statement's whole operator chain, held for as long
 * as a live stream stays open: a fifth of an open stream's heap (src/site/markdown/performance.md).
 * Only for reads that need nothing from the subscriber's context (no surrounding transaction).
 */
public final class Detached {

    private Detached() {
    }

    public static <T> Mono<T> read(Mono<T> read) {
        return Mono.defer(() -> Mono.fromFuture(read.toFuture()));
    }
}
