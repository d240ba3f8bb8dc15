package com.medondoor.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention sweep settings ({@code medondoor.retention.*}).
 *
 * @param sweepInterval the pause between two rounds in which a replica deletes the rows every
 *        {@link ExpiredRows} declares expired; the first round runs one interval after start
 */
@ConfigurationProperties("medondoor.retention")
record RetentionProperties(@DefaultValue("1m") Duration sweepInterval) {

    RetentionProperties {
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("medondoor.retention.sweep-interval must be positive");
        }
    }
}
