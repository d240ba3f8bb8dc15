package com.medondoor.live;

import static com.medondoor.Callers.caller;
import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.Callers;
import com.medondoor.RouterSliceTest;
import com.medondoor.account.Role;
import com.medondoor.account.Verification;
import com.medondoor.job.JobService;
import com.medondoor.job.ProviderNotVerified;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Setting up the live streams over the service's own web stack with {@link LiveStreams} mocked: who may
 * open which stream, what a stream's answer declares, and how {@code Last-Event-ID} reaches the streams.
 * The streams' content is the integration tests' concern.
 */
@RouterSliceTest
@Import({LiveRouter.class, LiveHandler.class, StreamHandoff.class})
class LiveRouterTests {

    private static final UUID ADA = UUID.fromString("a7e1c6de-0000-4000-8000-000000000001");
    private static final UUID FLORENCE = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final Frame SNAPSHOT = Frame.event(7, "snapshot", "{\"items\":[]}");
    private static final Frame ACCOUNT = Frame.event("account.updated", "{\"id\":\"" + ADA + "\"}");

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private LiveStreams streams;

    @MockitoBean
    private JobService jobs;

    @BeforeEach
    void everyProviderVerified() {
        when(jobs.requireVerified(any())).thenReturn(Mono.empty());
    }

    @ParameterizedTest
    @EnumSource(value = Verification.class, names = "VERIFIED", mode = EnumSource.Mode.EXCLUDE)
    void jobsStreamOfAProviderNotVerifiedThenForbiddenAndNoStreamOpens(Verification status) {
        when(jobs.requireVerified(FLORENCE)).thenReturn(Mono.error(new ProviderNotVerified(status)));

        assertProblem(http.mutateWith(provider(FLORENCE)).get().uri("/api/jobs/stream").exchange(),
                HttpStatus.FORBIDDEN, "provider-not-verified");
        verifyNoInteractions(streams);
    }

    @Test
    void jobsStreamOfAProviderThenTheStreamsFramesAsAnUncachedUnbufferedEventStream() {
        Jwt token = Callers.token(FLORENCE, Role.PROVIDER);
        when(streams.jobs(FLORENCE, token, OptionalLong.empty())).thenReturn(Flux.just(SNAPSHOT));

        assertThat(answer(http.mutateWith(caller(token)).get().uri("/api/jobs/stream").exchange())).hasStatusOk()
                .hasContentType("text/event-stream;charset=UTF-8")
                .hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .hasHeader("X-Accel-Buffering", "no")
                .hasBodyTextEqualTo("id:7\nevent:snapshot\ndata:{\"items\":[]}\n\n");
    }

    @Test
    void bookingsStreamOfAPatientThenTheStreamsFramesAsAnUncachedUnbufferedEventStream() {
        Jwt token = Callers.token(ADA, Role.USER);
        when(streams.bookings(ADA, token, OptionalLong.empty())).thenReturn(Flux.just(SNAPSHOT));

        assertThat(answer(http.mutateWith(caller(token)).get().uri("/api/bookings/stream").exchange())).hasStatusOk()
                .hasContentType("text/event-stream;charset=UTF-8")
                .hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .hasHeader("X-Accel-Buffering", "no")
                .hasBodyTextEqualTo("id:7\nevent:snapshot\ndata:{\"items\":[]}\n\n");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void accountStreamOfAnySignedInCallerThenTheStreamsFramesAsAnUncachedUnbufferedEventStream(Role role) {
        Jwt token = Callers.token(ADA, role);
        when(streams.account(token)).thenReturn(Flux.just(ACCOUNT));

        assertThat(answer(http.mutateWith(caller(token)).get().uri("/api/me/stream").exchange())).hasStatusOk()
                .hasContentType("text/event-stream;charset=UTF-8")
                .hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .hasHeader("X-Accel-Buffering", "no")
                .hasBodyTextEqualTo("event:account.updated\ndata:{\"id\":\"" + ADA + "\"}\n\n");
    }

    static Stream<Arguments> lastEventIds() {
        return Stream.of(
                Arguments.of(Named.of("42", "42"), OptionalLong.of(42)),
                Arguments.of(Named.of("0", "0"), OptionalLong.of(0)),
                Arguments.of(Named.of("' 42 ' (spaces around)", " 42 "), OptionalLong.of(42)),
                Arguments.of(Named.of("the largest long", String.valueOf(Long.MAX_VALUE)), OptionalLong.of(Long.MAX_VALUE)),
                Arguments.of(Named.of("-1", "-1"), OptionalLong.empty()),
                Arguments.of(Named.of("beyond a long", "9223372036854775808"), OptionalLong.empty()),
                Arguments.of(Named.of("4.2", "4.2"), OptionalLong.empty()),
                Arguments.of(Named.of("abc", "abc"), OptionalLong.empty()),
                Arguments.of(Named.of("empty", ""), OptionalLong.empty()));
    }

    @ParameterizedTest(name = "Last-Event-ID {0}")
    @MethodSource("lastEventIds")
    void streamWithLastEventIdThenAnEventIdOrElseAFreshStart(String header, OptionalLong expected) {
        when(streams.jobs(eq(FLORENCE), any(), any())).thenReturn(Flux.just(SNAPSHOT));
        when(streams.bookings(eq(ADA), any(), any())).thenReturn(Flux.just(SNAPSHOT));

        assertThat(answer(http.mutateWith(provider(FLORENCE)).get().uri("/api/jobs/stream")
                .header("Last-Event-ID", header).exchange())).hasStatusOk();
        assertThat(answer(http.mutateWith(patient(ADA)).get().uri("/api/bookings/stream")
                .header("Last-Event-ID", header).exchange())).hasStatusOk();
        verify(streams).jobs(eq(FLORENCE), any(), eq(expected));
        verify(streams).bookings(eq(ADA), any(), eq(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/jobs/stream", "/api/bookings/stream", "/api/me/stream"})
    void streamWithoutTokenThenUnauthorized(String path) {
        assertProblem(http.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM).exchange(), HttpStatus.UNAUTHORIZED,
                "unauthorized");
        verifyNoInteractions(streams);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/jobs/stream", "/api/bookings/stream", "/api/me/stream"})
    void streamWithTokenThatDoesNotVerifyThenUnauthorized(String path) {
        assertProblem(http.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> headers.setBearerAuth("not-a-jwt")).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(streams);
    }

    @Test
    void jobsStreamOfAPatientThenForbidden() {
        assertProblem(http.mutateWith(patient(ADA)).get().uri("/api/jobs/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange(), HttpStatus.FORBIDDEN, "forbidden");
        verifyNoInteractions(streams);
    }

    @Test
    void bookingsStreamOfAProviderThenForbidden() {
        assertProblem(http.mutateWith(provider(FLORENCE)).get().uri("/api/bookings/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange(), HttpStatus.FORBIDDEN, "forbidden");
        verifyNoInteractions(streams);
    }
}
