package com.medondoor.job;

import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.Accounts;
import com.medondoor.account.Provider;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * {@link JobVisibility} for providers in every verification status: its SQL (the list and the claim) and
 * its Java (the stream's live filter) agree that only a VERIFIED provider sees jobs, and the job list, the
 * job stream and the claim refuse the others with {@code provider-not-verified}, naming their status,
 * while their own jobs stay readable.
 */
class VerificationVisibilityIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ServiceType TYPE = ServiceType.DOCTOR_CONSULTATION;

    @Autowired
    private JobService jobs;

    @Autowired
    private JobRepository repository;

    @Autowired
    private Accounts accounts;

    @ParameterizedTest
    @EnumSource(Verification.class)
    void onlyAVerifiedProviderSeesJobsInSqlAndInJava(Verification status) {
        Api.Account doctor = doctorIn(status);
        UUID booking = api().book(api().patient(), TYPE);
        boolean sees = status == Verification.VERIFIED;

        List<UUID> listed = jobs.available(doctor.id(), new PageRequest(0, 100)).block(TIMEOUT).items().stream()
                .map(BookingView::id).toList();
        Provider provider = accounts.provider(doctor.id()).block(TIMEOUT);
        BookingView view = jobs.available(api().provider(TYPE).id(), new PageRequest(0, 100)).block(TIMEOUT).items()
                .stream().filter(item -> item.id().equals(booking)).findFirst().orElseThrow();

        assertThat(provider.verification()).as("the provider's status, as the identity core reads it").isEqualTo(status);
        assertThat(listed.contains(booking)).as("%s: the rule in SQL shows the booking", status).isEqualTo(sees);
        assertThat(JobVisibility.sees(provider, view, Set.of())).as("%s: the rule in Java shows the booking", status).isEqualTo(sees);
        JobRepository.Claim claim = repository.claim(booking, doctor.id()).block(TIMEOUT);
        if (sees) {
            assertThat(claim).as("the claim of a verified provider").isInstanceOf(JobRepository.Claim.Won.class);
        }
        else {
            assertThat(claim).as("%s: the claim", status).isInstanceOf(JobRepository.Claim.Refused.class)
                    .extracting("currentStatus", "visible", "claimer").containsExactly(BookingStatus.PENDING, false, status);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Verification.class, names = "VERIFIED", mode = EnumSource.Mode.EXCLUDE)
    void listStreamAndClaimRefuseAProviderNotVerifiedWhileTheirOwnJobsStayReadable(Verification status) {
        Api.Account doctor = doctorIn(status);
        UUID booking = api().book(api().patient(), TYPE);

        for (Map<String, Object> problem : List.of(
                assertProblem(api().get("/api/jobs/available", doctor), HttpStatus.FORBIDDEN, "provider-not-verified"),
                assertProblem(http.get().uri("/api/jobs/stream").accept(MediaType.TEXT_EVENT_STREAM)
                        .headers(headers -> headers.setBearerAuth(doctor.token())).exchange(),
                        HttpStatus.FORBIDDEN, "provider-not-verified"),
                assertProblem(api().post("/api/jobs/" + booking + "/claim", doctor, null), HttpStatus.FORBIDDEN,
                        "provider-not-verified"),
                assertProblem(api().post("/api/jobs/" + UUID.randomUUID() + "/claim", doctor, null),
                        HttpStatus.FORBIDDEN, "provider-not-verified"))) {
            assertThat(problem).as("%s: the problem", status).containsEntry("title", "Provider not verified")
                    .containsEntry("verification", status.name());
            assertThat((String) problem.get("detail")).as("%s: the detail names the status", status).contains(status.name());
        }
        api().get("/api/jobs/mine", doctor).expectStatus().isOk().returnResult(Void.class);
        api().get("/api/jobs/mine?status=COMPLETED", doctor).expectStatus().isOk().returnResult(Void.class);
        api().get("/api/me", doctor).expectStatus().isOk().expectBody()
                .jsonPath("$.verification.status").isEqualTo(status.name());
    }

    private Api.Account doctorIn(Verification status) {
        Api.Account doctor = switch (status) {
            case UNVERIFIED, REJECTED -> api().unverifiedProvider(TYPE);
            case VERIFIED, SUSPENDED -> api().provider(TYPE);
        };
        String action = switch (status) {
            case REJECTED -> "reject";
            case SUSPENDED -> "suspend";
            default -> null;
        };
        if (action != null) {
            api().post("/api/admin/providers/" + doctor.id() + "/" + action, api().admin(), Map.of("reason", "Checked"))
                    .expectStatus().isOk().returnResult(Void.class);
        }
        return doctor;
    }
}
