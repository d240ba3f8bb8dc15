package com.medondoor.load;

/**
 * The two 409s a claim of the claims scenario may meet, by the service's problem type (the last part of
 * its {@code type} URI; the bare stack answers the same words): the booking is taken, or the provider
 * holds as many visits as they may. Any other refusal breaks a rule ({@link ClaimLedger}).
 */
enum ClaimRefusal {

    CAPACITY_REACHED, BOOKING_STATUS_CONFLICT;

    /** {@code capacity-reached}: the slug claims.lua counts by. */
    String type() {
        return name().toLowerCase().replace('_', '-');
    }

    static boolean known(String type) {
        for (ClaimRefusal refusal : values()) {
            if (refusal.type().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
