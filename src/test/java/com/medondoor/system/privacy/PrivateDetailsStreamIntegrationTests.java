package com.medondoor.system.privacy;

import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's private details on the live streams: the job stream's snapshot, its live events and its
 * replay from Last-Event-ID show providers the area and need only, and the patient's stream shows the
 * patient everything; other patients and providers of other types get nothing of it.
 */
class PrivateDetailsStreamIntegrationTests extends IntegrationTest {

    private static final String JOBS = "/api/jobs/stream";
    private static final String BOOKINGS = "/api/bookings/stream";
    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;
    private static final ServiceType OTHER = ServiceType.MEDICINE_DELIVERY;

    private Account patient;
    private Account otherPatient;
    private Account nurse;
    private Account courier;
    private PrivateBooking before;

    @BeforeEach
    void scene() {
        patient = api().patient();
        otherPatient = api().patient();
        nurse = api().provider(TYPE);
        courier = api().provider(OTHER);
        before = PrivateBooking.book(api(), patient, TYPE);
    }

    @Test
    void snapshotsShowProvidersTheAreaOnlyAndThePatientEverything() {
        try (StreamRecording jobs = open(JOBS, nurse, null);
                StreamRecording otherJobs = open(JOBS, courier, null);
                StreamRecording own = open(BOOKINGS, patient, null);
                StreamRecording others = open(BOOKINGS, otherPatient, null)) {
            before.assertAreaOnlyIn(jobs.text(), "the job stream's snapshot");
            before.assertHiddenFrom(otherJobs.text(), "another type's job stream's snapshot");
            before.assertShownIn(own.text(), "the patient's snapshot");
            before.assertHiddenFrom(others.text(), "another patient's snapshot");
        }
    }

    @Test
    void liveAndReplayedEventsShowProvidersTheAreaOnlyAndThePatientEverything() {
        String jobsFrom;
        String bookingsFrom;
        PrivateBooking booked;
        Account claimer = api().provider(TYPE);
        try (StreamRecording jobs = open(JOBS, nurse, null);
                StreamRecording held = open(JOBS, claimer, null);
                StreamRecording otherJobs = open(JOBS, courier, null);
                StreamRecording own = open(BOOKINGS, patient, null);
                StreamRecording others = open(BOOKINGS, otherPatient, null)) {
            jobsFrom = jobs.firstId();
            bookingsFrom = own.firstId();
            booked = PrivateBooking.book(api(), patient, TYPE);
            api().claim(claimer, booked.id());
            // Events of their own that follow ours: once they arrived, ours would have too.
            String laterJob = api().book(api().patient(), OTHER).toString();
            String laterBooking = api().book(otherPatient, OTHER).toString();

            booked.assertAreaOnlyIn(jobs.until("job.removed {\"id\":\"" + booked.id()), "the live job stream");
            String taken = held.until("job.updated {");
            booked.assertAreaOnlyIn(taken.substring(0, taken.indexOf("job.updated {")),
                    "the claimer's live job stream before the claim");
            booked.assertShownIn(held.until("\"status\":\"ACCEPTED\""), "the claimer's job.updated, once theirs");
            booked.assertHiddenFrom(otherJobs.until(laterJob), "another type's live job stream");
            booked.assertShownIn(own.until("\"status\":\"ACCEPTED\""), "the patient's live stream");
            booked.assertHiddenFrom(others.until(laterBooking), "another patient's live stream");
        }

        try (StreamRecording jobs = open(JOBS, nurse, jobsFrom);
                StreamRecording own = open(BOOKINGS, patient, bookingsFrom)) {
            String replayed = jobs.until("job.removed {\"id\":\"" + booked.id());
            assertThat(replayed).as("a replay, not a fresh snapshot").doesNotStartWith("snapshot");
            booked.assertAreaOnlyIn(replayed, "the job stream's replay to another provider");
            booked.assertShownIn(own.until("\"status\":\"ACCEPTED\""), "the patient's replay");
        }
    }

    private StreamRecording open(String path, Account caller, String lastEventId) {
        return StreamRecording.open(http, path, caller, lastEventId);
    }
}
