package com.medondoor.job;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one claim costs the database, whatever its outcome: one connection checked out of the pool and
 * one statement, for a winner and for every kind of refusal. Counted per request, under the request id
 * that the service puts in every request's context (system.RequestIds) and answers in
 * {@code X-Request-Id}; the background loops (the live feed, the retention sweep) run outside any
 * request and are not counted. Nor is the token's revocation check: it reads detached from the request's
 * context (system.Detached), and it is leaving the database for memory; what is counted is what the
 * claim itself does, from the route to the answer.
 */
@Import(ClaimRoundTripsIntegrationTests.Counting.class)
@DirtiesContext
class ClaimRoundTripsIntegrationTests extends IntegrationTest {

    /** The key under which system.RequestIds puts the request id in the request's context. */
    private static final String REQUEST_ID = "requestId";

    /** Checkouts and statements of each request, by request id. */
    private static final Map<String, Use> uses = new ConcurrentHashMap<>();

    record Use(AtomicInteger checkouts, AtomicInteger statements) {

        Use() {
            this(new AtomicInteger(), new AtomicInteger());
        }

        @Override
        public String toString() {
            return checkouts + " checkout(s), " + statements + " statement(s)";
        }
    }

    @Test
    void claimWhenPendingThenOneCheckoutAndOneStatement() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        assertOneRoundTrip(claim(booking, api().provider(ServiceType.NURSE_VISIT)), 200, "a winning claim");
    }

    @Test
    void claimWhenAlreadyClaimedThenOneCheckoutAndOneStatement() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);

        assertOneRoundTrip(claim(booking, api().provider(ServiceType.NURSE_VISIT)), 409, "a claim of an ACCEPTED job");
    }

    @Test
    void claimWhenCancelledThenOneCheckoutAndOneStatement() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().post("/api/bookings/" + booking + "/cancel", patient, null).expectStatus().isOk();

        assertOneRoundTrip(claim(booking, api().provider(ServiceType.NURSE_VISIT)), 409, "a claim of a CANCELLED job");
    }

    @Test
    void claimWhenOtherServiceTypeThenOneCheckoutAndOneStatement() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        assertOneRoundTrip(claim(booking, api().provider(ServiceType.DOCTOR_CONSULTATION)), 403,
                "a claim by a provider of another type");
    }

    @Test
    void claimWhenUnknownThenOneCheckoutAndOneStatement() {
        assertOneRoundTrip(claim(UUID.randomUUID(), api().provider(ServiceType.NURSE_VISIT)), 404,
                "a claim of a booking that does not exist");
    }

    private WebTestClient.ResponseSpec claim(UUID booking, Api.Account provider) {
        return api().post("/api/jobs/" + booking + "/claim", provider, null);
    }

    private static void assertOneRoundTrip(WebTestClient.ResponseSpec response, int status, String what) {
        String requestId = response.expectStatus().isEqualTo(status)
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(uses.get(requestId)).as("database use of %s (request %s)", what, requestId)
                .hasToString(new Use(new AtomicInteger(1), new AtomicInteger(1)).toString());
    }

    /** Counts through the service's DatabaseClient: every checkout and every statement, under its request. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countDatabaseUse() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DatabaseClient client)) {
                        return bean;
                    }
                    return DatabaseClient.builder()
                            .connectionFactory(new CountingCheckouts(client.getConnectionFactory()))
                            .executeFunction(statement -> Flux.deferContextual(context -> {
                                use(context).ifPresent(use -> use.statements().incrementAndGet());
                                return statement.execute();
                            }))
                            .build();
                }
            };
        }

        private static java.util.Optional<Use> use(reactor.util.context.ContextView context) {
            return context.<String>getOrEmpty(REQUEST_ID).map(id -> uses.computeIfAbsent(id, any -> new Use()));
        }
    }

    private record CountingCheckouts(ConnectionFactory pool) implements ConnectionFactory, Wrapped<ConnectionFactory> {

        @Override
        public Mono<Connection> create() {
            return Mono.deferContextual(context -> {
                Counting.use(context).ifPresent(use -> use.checkouts().incrementAndGet());
                return Mono.from(pool.create());
            });
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return pool.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return pool;
        }
    }
}
