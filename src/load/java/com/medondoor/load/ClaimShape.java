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
 * <li>{@link #FRESH}: booking n, a booking no one claimed before (every claim wins);</li>
 * <li>{@link #CAPACITY}: the random shape, by providers who may each hold {@link #capacity() one} visit at
 * once: a provider who has won a booking is refused every further claim, for their capacity (or, where
 * the booking is taken already, for its status).</li>
 * </ul>
 * The capacity storm's providers and bookings are of a service type of their own, which the service is
 * started with a capacity of 1 for and the bare stack's duty rows hold: the other shapes (and scenarios)
 * measure the race for a booking, in which no provider's capacity may stop anyone.
 */
enum ClaimShape {

    HOT("hot storm"), RANDOM("random-order storm"), FRESH("fresh bookings"), CAPACITY("capacity storm (N = 1)");

    /** Bookings in each block of the random shape. */
    static final int BLOCK = 100;
    /**
     * The capacity storm's service type: medicine delivery, the one no other scenario claims with (the
     * fan-out's nurse holds 60 visits; the booking throughput only books).
     */
    private static final String LIMITED_TYPE = "MEDICINE_DELIVERY";

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

    /** The service type of this shape's providers and bookings. */
    String serviceType() {
        return this == CAPACITY ? LIMITED_TYPE : ClaimStorm.SERVICE_TYPE;
    }

    /** How many visits each of this shape's providers may hold at once. */
    int capacity() {
        return this == CAPACITY ? 1 : LoadSuite.UNLIMITED_CAPACITY;
    }

    /** Whether this shape's providers may be refused for their capacity. */
    boolean limited() {
        return capacity() < LoadSuite.UNLIMITED_CAPACITY;
    }

    /** Claims of each booking. */
    int claimsPerBooking(int providers) {
        return this == FRESH ? 1 : providers;
    }

    /** The bookings a thread needs for this many requests. */
    long bookingsFor(long requests, int providers) {
        long bookings = (requests + claimsPerBooking(providers) - 1) / claimsPerBooking(providers);
        return inBlocks() ? (bookings + BLOCK - 1) / BLOCK * BLOCK : bookings;
    }

    /** How many of a thread's bookings, from the first, had every one of their claims sent among its first {@code sent}. */
    long bookingsSent(long sent, int providers) {
        return inBlocks() ? sent / ((long) BLOCK * providers) * BLOCK : sent / claimsPerBooking(providers);
    }

    private boolean inBlocks() {
        return this == RANDOM || this == CAPACITY;
    }
}
