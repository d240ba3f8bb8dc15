package com.medondoor.auth;

import java.time.Duration;

import com.medondoor.account.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in browser stays signed in ({@code medondoor.sessions.*}): its access tokens are
 * renewed with the session's refresh token while the person uses the app, up to an idle and an absolute
 * lifetime, shorter for administrators.
 *
 * @param idleTimeout how long a session lasts without a renewal
 * @param absoluteLifetime how long a session lasts at most: a shift and a little more
 * @param adminIdleTimeout {@code idleTimeout} for administrators
 * @param adminAbsoluteLifetime {@code absoluteLifetime} for administrators
 * @param reuseGrace how long after a renewal the token it replaced is still answered (with the current
 *        one, unrotated): two tabs, or a retried request, renewing with the same token are not a theft
 */
@ConfigurationProperties("medondoor.sessions")
record SessionProperties(@DefaultValue("2h") Duration idleTimeout, @DefaultValue("13h") Duration absoluteLifetime,
        @DefaultValue("30m") Duration adminIdleTimeout, @DefaultValue("4h") Duration adminAbsoluteLifetime,
        @DefaultValue("10s") Duration reuseGrace) {

    SessionProperties {
        for (Duration value : new Duration[] {idleTimeout, absoluteLifetime, adminIdleTimeout, adminAbsoluteLifetime}) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("medondoor.sessions lifetimes must be positive");
            }
        }
        if (reuseGrace.isNegative()) {
            throw new IllegalArgumentException("medondoor.sessions.reuse-grace must not be negative");
        }
    }

    Duration idleTimeout(Role role) {
        return role == Role.ADMIN ? adminIdleTimeout : idleTimeout;
    }

    Duration absoluteLifetime(Role role) {
        return role == Role.ADMIN ? adminAbsoluteLifetime : absoluteLifetime;
    }
}
