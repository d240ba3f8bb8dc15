package com.medondoor.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The idempotent create's rare paths, which a real database cannot be timed to show. */
class BookingServiceTests {

    private static final BookingProperties BOOKING_RULES = new BookingProperties(Duration.ofHours(24),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(90), Duration.ofHours(2),
            Duration.ofSeconds(30), Duration.ofHours(2));

    private final BookingRepository repository = mock(BookingRepository.class);
    private final BookingService service = new BookingService(repository, mock(CancellationRepository.class), BOOKING_RULES, JsonMapper.builder().build(), Clock.systemUTC());
    private final UUID patient = UUID.randomUUID();
    private final CreateBookingRequest request =
            new CreateBookingRequest(ServiceType.NURSE_VISIT,
                    new CreateBookingRequest.Address("1 Elm Row", null, "10115", "Berlin", "Mitte", "DE"),
                    "+49301234567", "Wound dressing", null, null, null, null, null);

    @Test
    void keySweptBetweenTheCreateAndTheLookupThenTheRequestCreatesANewBooking() {
        BookingView created = mock(BookingView.class);
        // The first create meets the key (still within its retention); by the lookup it has been swept.
        CreateBookingRequest stored = request.normalized(BOOKING_RULES, Instant.now());
        when(repository.createOnce(eq(patient), eq(stored), eq("key-1"), anyString()))
                .thenReturn(Mono.empty(), Mono.just(created));
        when(repository.findByKey(patient, "key-1")).thenReturn(Mono.empty());

        service.create(patient, request, "key-1").as(StepVerifier::create)
                .assertNext(creation -> {
                    assertThat(creation.booking()).as("the booking the second create made").isSameAs(created);
                    assertThat(creation.replayed()).as("a replay").isFalse();
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));
        verify(repository, times(2)).createOnce(any(), any(), any(), any());
    }
}
