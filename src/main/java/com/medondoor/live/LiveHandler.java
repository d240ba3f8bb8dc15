package com.medondoor.live;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.UUID;

import com.medondoor.job.JobService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Component
class LiveHandler {

    /** With the charset, as Spring's SSE writer declared it before frames were encoded here. */
    private static final MediaType EVENT_STREAM = new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8);

    private final LiveStreams streams;
    private final JobService jobs;

    LiveHandler(LiveStreams streams, JobService jobs) {
        this.streams = streams;
        this.jobs = jobs;
    }

    /** A provider no administrator has verified gets a 403 problem, and no stream opens. */
    Mono<ServerResponse> jobs(ServerRequest request) {
        return token(request).flatMap(token -> jobs.requireVerified(UUID.fromString(token.getSubject()))
                .then(Mono.defer(() -> respond(streams.jobs(UUID.fromString(token.getSubject()), token,
                        lastEventId(request))))));
    }

    Mono<ServerResponse> bookings(ServerRequest request) {
        return token(request).flatMap(token ->
                respond(streams.bookings(UUID.fromString(token.getSubject()), token, lastEventId(request))));
    }

    Mono<ServerResponse> platformBookings(ServerRequest request) {
        return token(request).flatMap(token -> respond(streams.platform(token, lastEventId(request))));
    }

    Mono<ServerResponse> account(ServerRequest request) {
        return token(request).flatMap(token -> respond(streams.account(token)));
    }

    /** Each frame is already encoded, and shared with other streams: wrapped, never copied. */
    private static Mono<ServerResponse> respond(Flux<Frame> frames) {
        return ServerResponse.ok()
                .contentType(EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                // nginx (and so most ingresses) would otherwise buffer the stream
                .header("X-Accel-Buffering", "no")
                .body((response, context) -> response.writeWith(
                        frames.map(frame -> response.bufferFactory().wrap(frame.bytes()))));
    }

    private static Mono<Jwt> token(ServerRequest request) {
        return request.principal().cast(JwtAuthenticationToken.class).map(JwtAuthenticationToken::getToken);
    }

    /** A Last-Event-ID that is not an event id we issued is treated as absent: a fresh snapshot. */
    private static OptionalLong lastEventId(ServerRequest request) {
        String header = request.headers().firstHeader("Last-Event-ID");
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(header.strip());
            return id >= 0 ? OptionalLong.of(id) : OptionalLong.empty();
        }
        catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
