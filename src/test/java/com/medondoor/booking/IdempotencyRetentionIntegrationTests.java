package com.medondoor.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.ExpiredRowsFixture;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency keys expire after {@code medondoor.bookings.idempotency-retention} (2 h here, 24 h by
 * default): a retry after that creates a new booking, and the sweep deletes the key. The service's own
 * sweeper waits an hour here, so that only the test deletes.
 */
@TestPropertySource(properties = {"medondoor.bookings.idempotency-retention=2h",
        "medondoor.retention.sweep-interval=1h"})
@DirtiesContext
class IdempotencyRetentionIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, Object> VISIT = Api.booking(ServiceType.NURSE_VISIT);

    @Autowired
    private ExpiredIdempotencyKeys expiredKeys;

    @Autowired
    private DatabaseClient db;

    private ExpiredRowsFixture fixture;

    @BeforeEach
    void noKeysLeft() {
        fixture = new ExpiredRowsFixture(db);
        db.sql("DELETE FROM idempotency_keys").then().block(TIMEOUT);
    }

    @Test
    void retryAfterKeyExpiredThenNewBookingEvenBeforeTheSweep() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();
        Object first = json(create(patient, key).expectStatus().isCreated()).get("id");
        fixture.backdateKeysOf(patient.id(), Duration.ofHours(2).plusMinutes(1));

        var retry = create(patient, key).expectStatus().isCreated();

        retry.expectHeader().doesNotExist(BookingHandler.REPLAYED);
        assertThat(json(retry).get("id")).as("booking answered to a retry after the key expired").isNotEqualTo(first);
        assertThat(fixture.count("bookings", "patient_id = '" + patient.id() + "'"))
                .as("bookings of the patient after a retry with an expired key").isEqualTo(2);
    }

    @Test
    void retryAfterExpiredKeyWasSweptThenNewBookingAndKeyRemembersIt() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();
        Object first = json(create(patient, key).expectStatus().isCreated()).get("id");
        fixture.backdateKeysOf(patient.id(), Duration.ofHours(3));
        assertThat(expiredKeys.deleteBatch(1000).block(TIMEOUT)).as("expired keys swept").isEqualTo(1);

        Object second = json(create(patient, key).expectStatus().isCreated()
                .expectHeader().doesNotExist(BookingHandler.REPLAYED)).get("id");
        Object replayed = json(create(patient, key).expectStatus().isCreated()
                .expectHeader().valueEquals(BookingHandler.REPLAYED, "true")).get("id");

        assertThat(second).as("booking made with the swept key").isNotEqualTo(first);
        assertThat(replayed).as("booking answered to the next retry, within the new key's retention").isEqualTo(second);
    }

    @Test
    void keyWithinRetentionThenNotSweptAndRetryReplayed() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();
        create(patient, key).expectStatus().isCreated();
        fixture.backdateKeysOf(patient.id(), Duration.ofHours(2).minusMinutes(1));

        assertThat(expiredKeys.deleteBatch(1000).block(TIMEOUT)).as("keys swept within their retention").isZero();

        create(patient, key).expectStatus().isCreated().expectHeader().valueEquals(BookingHandler.REPLAYED, "true");
    }

    @Test
    void deleteBatchRemovesAtMostTheLimitAndOnlyExpiredKeys() {
        fixture.idempotencyKeys(2500, Duration.ofHours(3));
        fixture.idempotencyKeys(10, Duration.ofMinutes(90));
        long bookings = fixture.count("bookings", "true");

        List<Long> batches = new ArrayList<>();
        long deleted;
        do {
            deleted = expiredKeys.deleteBatch(1000).block(TIMEOUT);
            batches.add(deleted);
        }
        while (deleted == 1000 && batches.size() < 10);

        assertThat(batches).as("keys deleted by each statement").containsExactly(1000L, 1000L, 500L);
        assertThat(fixture.count("idempotency_keys", "true")).as("keys left: those within their retention")
                .isEqualTo(10);
        assertThat(fixture.count("bookings", "true")).as("bookings after the sweep: a key's sweep keeps its booking")
                .isEqualTo(bookings);
    }

    private WebTestClient.ResponseSpec create(Api.Account patient, String key) {
        return http.post().uri("/api/bookings")
                .headers(h -> h.setBearerAuth(patient.token()))
                .header(BookingHandler.IDEMPOTENCY_KEY, key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(VISIT)
                .exchange();
    }
}
