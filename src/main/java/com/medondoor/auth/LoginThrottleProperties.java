package com.medondoor.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed logins ({@code medondoor.security.login.*}): per account and per client, each
 * allowing so many failures per window. Past {@code slowAfter} failures on an account every further
 * failure is answered {@code slowdown} later; past the limit, attempts get 429 until the window refills.
 */
@ConfigurationProperties("medondoor.security.login")
record LoginThrottleProperties(
        @DefaultValue("10") int accountFailures,
        @DefaultValue("100") int clientFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("5") int slowAfter,
        @DefaultValue("1s") Duration slowdown) {
}
