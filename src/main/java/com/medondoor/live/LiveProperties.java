package com.medondoor.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live-feed settings ({@code medondoor.live.*}).
 *
 * @param heartbeat how often an idle stream gets a comment line, so that proxies keep it open
 * @param retry the reconnection delay suggested to clients in the {@code retry:} field
 * @param pollInterval how often the feed reads new events, revocations are checked and the followed
 *        accounts' statuses compared, without being woken by a notification
 * @param readGap the least time between two reads of new events: wake-ups in between are answered by one
 *        read after it, so that a busy platform costs the database a bounded number of reads a second
 * @param subscriberBuffer events a slow subscriber may fall behind before its stream is closed
 * @param replayWindow how far back a {@code Last-Event-ID} may point and still be replayed
 * @param replayLimit the most events replayed; a longer absence gets a fresh snapshot instead
 * @param snapshotSize the most bookings a snapshot carries
 * @param listenerCheckInterval how often the LISTEN connection is proven alive with a query
 * @param listenerCheckTimeout how long that query may take before the connection counts as lost
 * @param listenerMinBackoff first delay before reconnecting a lost LISTEN connection
 * @param listenerMaxBackoff longest delay between reconnection attempts
 */
@ConfigurationProperties("medondoor.live")
public record LiveProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("3s") Duration retry,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10ms") Duration readGap,
        @DefaultValue("256") int subscriberBuffer,
        @DefaultValue("1h") Duration replayWindow,
        @DefaultValue("1000") int replayLimit,
        @DefaultValue("100") int snapshotSize,
        @DefaultValue("10s") Duration listenerCheckInterval,
        @DefaultValue("5s") Duration listenerCheckTimeout,
        @DefaultValue("100ms") Duration listenerMinBackoff,
        @DefaultValue("10s") Duration listenerMaxBackoff) {
}
