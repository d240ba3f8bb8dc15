package com.medondoor.live;

import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

import com.medondoor.account.CurrentUser;
import com.medondoor.account.Role;
import com.medondoor.live.LiveEvent.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Opens one subscriber's stream: a snapshot (or, after a reconnection, a replay from Last-Event-ID),
 * then live events, heartbeats, and an end when the token expires or is revoked, or with a retry hint
 * when the service shuts down ({@link LiveStream}, {@link OpenStreams}, {@link StreamStarts}).
 *
 * <p>No gap: the subscriber joins the feed before its snapshot or replay is read, and that read also
 * returns the events it reflects ({@link Reflected}): every final event up to its horizon (see
 * {@link EventRepository}) and, for a snapshot, the newer ones already committed when it was read.
 * Every later event reaches the feed after the subscriber joined; live events the read reflects are
 * dropped, so each change reaches a subscriber once.
 */
@Service
class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final EventFeed feed;
    private final OpenStreams openStreams;
    private final StreamStarts starts;
    private final Audiences audiences;
    private final RevocationWatch revocations;
    private final AccountWatch accountWatch;
    private final LiveProperties properties;

    LiveStreams(EventFeed feed, OpenStreams openStreams, StreamStarts starts, Audiences audiences,
            RevocationWatch revocations, AccountWatch accountWatch, LiveProperties properties) {
        this.feed = feed;
        this.openStreams = openStreams;
        this.starts = starts;
        this.audiences = audiences;
        this.revocations = revocations;
        this.accountWatch = accountWatch;
        this.properties = properties;
    }

    Flux<Frame> jobs(UUID provider, Jwt token, OptionalLong lastEventId) {
        return stream(Kind.JOBS, token, lastEventId, () -> audiences.provider(provider));
    }

    Flux<Frame> bookings(UUID patient, Jwt token, OptionalLong lastEventId) {
        return stream(Kind.BOOKINGS, token, lastEventId, () -> audiences.patient(patient));
    }

    Flux<Frame> platform(Jwt token, OptionalLong lastEventId) {
        return stream(Kind.BOOKINGS, token, lastEventId, audiences::administrators);
    }

    /**
     * The caller's own account, any role: as {@code GET /api/me} shows it, then again after each change
     * ({@link AccountWatch}). No booking event and no replay: each start shows the account as it is.
     */
    Flux<Frame> account(Jwt token) {
        return Flux.from(new LiveStream(Kind.ACCOUNT, properties.subscriberBuffer(), token.getExpiresAt(), stream -> {
            // Joined first, so that the retry hint goes out before the account's first frame.
            openStreams.join(stream);
            stream.watch(watch(stream, token));
        }, openStreams::leave));
    }

    /**
     * Reads are only assembled once the stream is subscribed to, and let go once they have answered:
     * an open stream holds no operator of them.
     */
    private Flux<Frame> stream(Kind kind, Jwt token, OptionalLong lastEventId, Supplier<Mono<Audience>> audience) {
        return Flux.from(new LiveStream(kind, properties.subscriberBuffer(), token.getExpiresAt(),
                stream -> open(stream, token, lastEventId, audience), openStreams::leave));
    }

    /** Joins the feed first, then reads the start: every event after the start's horizon reaches it live. */
    private void open(LiveStream stream, Jwt token, OptionalLong lastEventId, Supplier<Mono<Audience>> audience) {
        stream.reading(feed.started().then(Mono.defer(audience))
                .flatMap(found -> {
                    stream.interest(found);
                    stream.watch(watch(stream, token));
                    openStreams.join(stream);
                    return starts.read(found, stream.kind(), lastEventId);
                })
                // A provider who no longer exists gets an empty stream, as a failed lookup always did.
                .switchIfEmpty(Mono.fromRunnable(() -> stream.end(null)))
                .subscribe(start -> stream.start(start.frames(), start.reflected()), failure -> {
                    // The request was handled before its stream opened (StreamHandoff): nobody else logs this.
                    log.warn("Could not open a live stream: {}", failure.toString());
                    stream.fail(failure);
                }));
    }

    /**
     * What ends a stream before its token expires: the token's revocation or its session's, and for a provider's job
     * stream a change of their account that takes the job board from them ({@link AccountWatch}), which
     * an account stream follows too.
     */
    private Disposable watch(LiveStream stream, Jwt token) {
        // "sid": the token's session, whose end (a logout, a theft) revokes every token of it.
        String session = token.getClaimAsString("sid");
        Mono<Void> revoked = session == null ? revocations.revoked(UUID.fromString(token.getId()))
                : Mono.firstWithSignal(revocations.revoked(UUID.fromString(token.getId())),
                        revocations.revoked(UUID.fromString(session)));
        Disposable revocation = revoked.subscribe(null, stream::fail, () -> openStreams.end(stream));
        if (stream.kind() == Kind.BOOKINGS) {
            return revocation;
        }
        CurrentUser caller = new CurrentUser(UUID.fromString(token.getSubject()),
                Role.valueOf(token.getClaimAsString(Role.CLAIM)));
        return Disposables.composite(revocation, accountWatch.follow(stream, caller));
    }
}
