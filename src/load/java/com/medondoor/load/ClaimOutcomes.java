package com.medondoor.load;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every claim answer of a storm, as the client saw it: statuses counted, winners by booking, and the
 * latencies of wins and of conflicts apart.
 */
final class ClaimOutcomes {

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, Queue<String>> winners = new ConcurrentHashMap<>();
    private final Latencies wins = new Latencies();
    private final Latencies conflicts = new Latencies();
    private final Latencies all = new Latencies();

    void record(String booking, String provider, int status, long start, long end) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        all.record(start, end);
        if (status == 200) {
            winners.computeIfAbsent(booking, b -> new ConcurrentLinkedQueue<>()).add(provider);
            wins.record(start, end);
        }
        else if (status == 409) {
            conflicts.record(start, end);
        }
    }

    Latencies.Summary wins() {
        return wins.summary();
    }

    Latencies.Summary conflicts() {
        return conflicts.summary();
    }

    Latencies.Summary all() {
        return all.summary();
    }

    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    long count(int status) {
        return statuses().getOrDefault(status, 0L);
    }

    /** The providers whose claim of this booking was answered 200. */
    Queue<String> winners(String booking) {
        return winners.getOrDefault(booking, new ConcurrentLinkedQueue<>());
    }

    void clear() {
        statuses.clear();
        winners.clear();
        wins.clear();
        conflicts.clear();
        all.clear();
    }
}
