package com.medondoor.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.job.PrivateDetails.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule on its own: who gets a booking's private details, in each status, and for how long. */
class PrivateDetailsTests {

    private static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID NURSE = UUID.randomUUID();
    private static final UUID OTHER_NURSE = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void itsPatientAndAdministratorsAlwaysGetThem(BookingStatus status) {
        BookingView booking = booking(status, status == BookingStatus.PENDING ? null : NURSE, NOW);

        assertThat(PrivateDetails.shownTo(Viewer.patient(PATIENT), booking, NOW)).as("its patient").isTrue();
        assertThat(PrivateDetails.shownTo(Viewer.administrator(UUID.randomUUID()), booking, NOW))
                .as("an administrator").isTrue();
        assertThat(PrivateDetails.shownTo(Viewer.patient(UUID.randomUUID()), booking, NOW))
                .as("another patient").isFalse();
    }

    @Test
    void noProviderGetsThemBeforeAClaim() {
        BookingView pending = booking(BookingStatus.PENDING, null, NOW);

        assertThat(PrivateDetails.shownTo(Viewer.provider(NURSE), pending, NOW)).as("a provider, before a claim")
                .isFalse();
        assertThat(PrivateDetails.as(Viewer.provider(NURSE), pending, NOW)).as("what they see")
                .isEqualTo(pending.withoutPrivateDetails());
    }

    @Test
    void theProviderHoldingTheVisitGetsThemAndNoOtherProvider() {
        BookingView accepted = booking(BookingStatus.ACCEPTED, NURSE, NOW.minus(Duration.ofDays(3)));

        assertThat(PrivateDetails.shownTo(Viewer.provider(NURSE), accepted, NOW)).as("its provider").isTrue();
        assertThat(PrivateDetails.shownTo(Viewer.provider(OTHER_NURSE), accepted, NOW)).as("another provider")
                .isFalse();
        assertThat(PrivateDetails.shownTo(Viewer.provider(NURSE, true), accepted, NOW))
                .as("its provider, suspended").isFalse();
    }

    @Test
    void theProviderKeepsThemForADayAfterCompletion() {
        Instant completed = NOW.minus(PrivateDetails.AFTER_COMPLETION);

        assertThat(PrivateDetails.shownTo(Viewer.provider(NURSE),
                booking(BookingStatus.COMPLETED, NURSE, completed.plusSeconds(1)), NOW))
                .as("a second before the day is over").isTrue();
        assertThat(PrivateDetails.shownTo(Viewer.provider(NURSE), booking(BookingStatus.COMPLETED, NURSE, completed), NOW))
                .as("once the day is over").isFalse();
    }

    @Test
    void withoutPrivateDetailsKeepsWhatAProviderDecidesBy() {
        BookingView whole = booking(BookingStatus.PENDING, null, NOW);

        BookingView redacted = whole.withoutPrivateDetails();

        assertThat(redacted).as("the booking without its private details")
                .extracting(BookingView::patient, BookingView::address, BookingView::phone, BookingView::notes)
                .containsOnlyNulls();
        assertThat(redacted).as("what stays").extracting(BookingView::id, BookingView::serviceType,
                        BookingView::area, BookingView::need, BookingView::scheduledFor)
                .containsExactly(whole.id(), whole.serviceType(), whole.area(), whole.need(), whole.scheduledFor());
    }

    private static BookingView booking(BookingStatus status, UUID provider, Instant updatedAt) {
        return new BookingView(UUID.randomUUID(), ServiceType.NURSE_VISIT, status, new BookingView.Area("Mitte", "Berlin"),
                "Wound dressing", new BookingView.Address("12 Rose Street", null, "10115", "Berlin", "Mitte", "DE",
                        "12 Rose Street, 10115 Berlin, Mitte, DE"),
                "+49301234567", "Door code 4521", NOW.plus(Duration.ofDays(1)), null, "UTC", null, null, null, null, NOW.minus(Duration.ofDays(4)), updatedAt,
                new BookingView.Party(PATIENT, "Ada"), provider == null ? null : new BookingView.Party(provider, "Florence"),
                null);
    }
}
