package com.medondoor.system;

import reactor.core.publisher.Mono;

/**
 * One table's retention, declared as a bean by the feature that owns the table; the
 * {@code RetentionSweeper} calls it batch after batch. An implementation deletes at most
 * {@code limit} expired rows in one statement and says how many it deleted. Replicas sweep at the same
 * time, so the statement must skip rows another one is deleting ({@code FOR UPDATE SKIP LOCKED})
 * rather than wait for them.
 */
public interface ExpiredRows {

    /** The table's name, for the sweeper's log. */
    String table();

    /** Deletes at most {@code limit} expired rows in one statement; emits how many it deleted. */
    Mono<Long> deleteBatch(int limit);
}
