package com.medondoor.live;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import com.medondoor.live.LiveEvent.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads how a stream starts: its snapshot or, after a reconnection, the replay of what it missed since
 * Last-Event-ID (if that event is still replayable and not too much followed it), each in one
 * repeatable-read transaction together with the events it reflects.
 */
@Component
class StreamStarts {

    private final EventRepository events;
    private final LiveProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionalOperator consistentRead;

    StreamStarts(EventRepository events, LiveProperties properties, JsonMapper json, Clock clock,
            ReactiveTransactionManager transactions) {
        this.events = events;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.consistentRead = TransactionalOperator.create(transactions, snapshot);
    }

    /** The stream's first frames and the newest event id they reflect, read from one snapshot. */
    Mono<Start> read(Audience audience, Kind kind, OptionalLong lastEventId) {
        Mono<Start> fresh = consistentRead.transactional(Mono.zip(audience.snapshot().get(), events.reflectedBySnapshot()))
                .map(read -> new Start(List.of(Frame.event(read.getT2().newest(), "snapshot", json.writeValueAsString(read.getT1()))),
                        read.getT2()));
        if (lastEventId.isEmpty()) {
            return fresh;
        }
        long after = lastEventId.getAsLong();
        Mono<Start> replayed = consistentRead.transactional(Mono.zip(audience.replay().apply(after).collectList(), events.newestId()))
                .flatMap(read -> read.getT1().size() > properties.replayLimit() ? fresh : Mono.just(new Start(
                        read.getT1().stream()
                        .map(event -> kind.encode(event, audience.whole().test(event.booking()),
                                audience.own().test(event), json)).toList(),
                        Reflected.upTo(read.getT2()))));
        return events.isReplayable(after, clock.instant().minus(properties.replayWindow()))
                .flatMap(replayable -> replayable ? replayed : fresh);
    }

    /** A stream's first frames, and the events they reflect. */
    record Start(List<Frame> frames, Reflected reflected) {
    }
}
