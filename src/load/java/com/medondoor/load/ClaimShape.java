package com.medondoor.load;

/**
 * The order in which a thread of the load generator claims its bookings (claims.lua does the same).
 * Each thread has bookings of its own, numbered from 1; its n-th request (from 0) claims:
 * <ul>
 * <li>{@link #HOT}: booking n / P, by provider n mod P: the shape a live feed makes, where every provider
 * sees a new job at the same moment, so P providers claim booking 1 together, then booking 2, and so on
 * (one winner, P - 1 conflicts);</li>
 * <li>{@link #RANDOM}: in blocks of {@link #BLOCK} bookings, every provider claims every booking of the
 * block, all pairs in one random order: the Gatling storm's shape, in a closed loop;</li>
 * <li>{@link #FRESH}: booking n, a booking no one claimed before (every claim wins).</li>
 * </ul>
 */
enum ClaimShape {

    HOT("hot storm"), RANDOM("random-order storm"), FRESH("fresh bookings");

    /** Bookings in each block of the random shape. */
    static final int BLOCK = 100;

    private final String title;

    ClaimShape(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** claims.lua's name for it. */
    String script() {
        return name().toLowerCase();
    }

    /** Claims of each booking. */
    int claimsPerBooking(int providers) {
        return this == FRESH ? 1 : providers;
    }

    /** The bookings a thread needs for this many requests. */
    long bookingsFor(long requests, int providers) {
        long bookings = (requests + claimsPerBooking(providers) - 1) / claimsPerBooking(providers);
        return this == RANDOM ? (bookings + BLOCK - 1) / BLOCK * BLOCK : bookings;
    }

    /** How many of a thread's bookings, from the first, had every one of their claims sent among its first {@code sent}. */
    long bookingsSent(long sent, int providers) {
        return this == RANDOM ? sent / ((long) BLOCK * providers) * BLOCK : sent / claimsPerBooking(providers);
    }
}
