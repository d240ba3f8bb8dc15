package com.medondoor.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.medondoor.booking.BookingService;
import com.medondoor.booking.BookingStatus;
import com.medondoor.job.JobService;
import com.medondoor.system.Detached;
import com.medondoor.system.PageRequest;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds one subscriber's stream: a snapshot (or, after a reconnection, a replay from Last-Event-ID),
 * then live events, heartbeats, and an end when the token expires or is revoked, or with a retry hint
 * when the service shuts down.
 *
 * <p>No gap: the subscriber joins the feed before its snapshot or replay is read, and that read also
 * returns the newest final event id it reflects (its horizon, see {@link EventRepository}). Every
 * event up to the horizon is in the read and every later one reaches the feed after the subscriber
 * joined; live events up to the horizon are dropped. A later event whose transaction committed just
 * before the read may be both reflected in a snapshot and delivered live; events carry whole bookings
 * or removals, so a client applies it twice to the same effect.
 */
@Service
class LiveStreams {

    /** Each open stream holds queues this long; a stream's events arrive a few at a time. */
    private static final int STREAM_PREFETCH = 32;

    private final EventFeed feed;
    private final EventRepository events;
    private final RevocationWatch revocations;
    private final StreamShutdown shutdown;
    private final JobService jobs;
    private final BookingService bookings;
    private final LiveProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionalOperator consistentRead;
    private final Flux<ServerSentEvent<String>> heartbeats;

    LiveStreams(EventFeed feed, EventRepository events, RevocationWatch revocations, StreamShutdown shutdown,
            JobService jobs, BookingService bookings, LiveProperties properties, JsonMapper json, Clock clock,
            ReactiveTransactionManager transactions) {
        this.feed = feed;
        this.events = events;
        this.revocations = revocations;
        this.shutdown = shutdown;
        this.jobs = jobs;
        this.bookings = bookings;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.consistentRead = TransactionalOperator.create(transactions, snapshot);
        this.heartbeats = Flux.interval(properties.heartbeat())
                .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build())
                .share();
    }

    Flux<ServerSentEvent<String>> jobs(UUID provider, Jwt token, OptionalLong lastEventId) {
        return Detached.read(events.serviceTypeOf(provider)).flatMapMany(serviceType -> stream(
                event -> event.serviceType() == serviceType && event.status() != BookingStatus.COMPLETED,
                () -> jobs.available(provider, new PageRequest(0, properties.snapshotSize())),
                after -> events.afterForServiceType(after, serviceType, properties.replayLimit() + 1),
                LiveStreams::jobEvent, token, lastEventId));
    }

    Flux<ServerSentEvent<String>> bookings(UUID patient, Jwt token, OptionalLong lastEventId) {
        return stream(event -> event.patientId().equals(patient),
                () -> bookings.unfinished(patient, new PageRequest(0, properties.snapshotSize())),
                after -> events.afterForPatient(after, patient, properties.replayLimit() + 1),
                event -> sse(event.id(), "booking.updated", event.bookingJson()), token, lastEventId);
    }

    private Flux<ServerSentEvent<String>> stream(Predicate<BookingEvent> interested,
            Supplier<Mono<?>> snapshot, Function<Long, Flux<BookingEvent>> replay,
            Function<BookingEvent, ServerSentEvent<String>> toSse, Jwt token, OptionalLong lastEventId) {
        Mono<Object> tokenEnds = Mono.firstWithSignal(
                Mono.delay(Duration.between(clock.instant(), token.getExpiresAt())),
                revocations.revoked(UUID.fromString(token.getId())));
        return Flux.usingWhen(feed.subscribe(interested), subscription -> {
            Flux<ServerSentEvent<String>> events = Detached.read(start(snapshot, replay, toSse, lastEventId))
                    .flatMapMany(start -> Flux.concat(Flux.fromIterable(start.events()),
                            subscription.events().filter(event -> event.id() > start.horizon()).map(toSse)));
            // Shared by every stream, and a shared Flux only runs as fast as its slowest subscriber:
            // each stream drops the heartbeats it cannot take, or one stalled client would stop
            // heartbeats for all, then fail every stream when the interval overflows.
            Flux<ServerSentEvent<String>> withHeartbeats = events.publish(shared ->
                    Flux.merge(shared, heartbeats.onBackpressureDrop().takeUntilOther(shared.then())), STREAM_PREFETCH);
            // Ends at once, whatever is still buffered for a client that stopped reading. At shutdown
            // the last word is a retry hint, so that the client reconnects, to another replica.
            return Flux.concat(Mono.just(opening()), withHeartbeats)
                    .takeUntilOther(Mono.firstWithSignal(tokenEnds, subscription.overflowed(), shutdown.closing()))
                    .concatWith(Mono.defer(() -> shutdown.isClosing() ? Mono.just(closing()) : Mono.empty()));
        }, subscription -> Mono.fromRunnable(subscription::dispose));
    }

    private ServerSentEvent<String> opening() {
        return ServerSentEvent.<String>builder().retry(properties.retry()).comment("open").build();
    }

    private ServerSentEvent<String> closing() {
        return ServerSentEvent.<String>builder().retry(properties.retry()).comment("shutdown").build();
    }

    /** The stream's first events and the newest event id they reflect, read from one snapshot. */
    private Mono<Start> start(Supplier<Mono<?>> snapshot, Function<Long, Flux<BookingEvent>> replay,
            Function<BookingEvent, ServerSentEvent<String>> toSse, OptionalLong lastEventId) {
        Mono<Start> fresh = consistentRead.transactional(Mono.zip(snapshot.get(), events.newestId()))
                .map(read -> new Start(List.of(sse(read.getT2(), "snapshot", json.writeValueAsString(read.getT1()))),
                        read.getT2()));
        if (lastEventId.isEmpty()) {
            return fresh;
        }
        long after = lastEventId.getAsLong();
        Mono<Start> replayed = consistentRead.transactional(Mono.zip(replay.apply(after).collectList(), events.newestId()))
                .flatMap(read -> read.getT1().size() > properties.replayLimit() ? fresh
                        : Mono.just(new Start(read.getT1().stream().map(toSse).toList(), read.getT2())));
        return events.isReplayable(after, clock.instant().minus(properties.replayWindow()))
                .flatMap(replayable -> replayable ? replayed : fresh);
    }

    private static ServerSentEvent<String> jobEvent(BookingEvent event) {
        return switch (event.status()) {
            case PENDING -> sse(event.id(), "job.available", event.bookingJson());
            case ACCEPTED -> sse(event.id(), "job.removed", removal(event, "CLAIMED"));
            case CANCELLED -> sse(event.id(), "job.removed", removal(event, "CANCELLED"));
            case COMPLETED -> throw new IllegalStateException("completed jobs are not on the job stream");
        };
    }

    /** Built by hand: an id and a constant need no escaping, and this runs once per subscriber. */
    private static String removal(BookingEvent event, String reason) {
        return "{\"id\":\"" + event.bookingId() + "\",\"reason\":\"" + reason + "\"}";
    }

    private static ServerSentEvent<String> sse(long id, String name, String data) {
        return ServerSentEvent.builder(data).id(Long.toString(id)).event(name).build();
    }

    private record Start(List<ServerSentEvent<String>> events, long horizon) {
    }
}
