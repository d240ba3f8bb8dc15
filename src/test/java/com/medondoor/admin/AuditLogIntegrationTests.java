package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * The audit log as administrators read it (newest first, about one subject or all), and as the database
 * keeps it: rows are added, never changed or removed, whoever asks.
 */
class AuditLogIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @Test
    void entriesNewestFirstWithActorActionSubjectReasonAndTime() {
        Account admin = api().admin();
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        Account doctor = api().unverifiedProvider(ServiceType.DOCTOR_CONSULTATION);
        api().post("/api/admin/providers/" + nurse.id() + "/approve", admin, Map.of("reason", "Licence checked"))
                .expectStatus().isOk().returnResult(Void.class);
        api().post("/api/admin/providers/" + doctor.id() + "/reject", admin, Map.of("reason", "Unknown licence"))
                .expectStatus().isOk().returnResult(Void.class);

        Map<String, Object> page = json(api().get("/api/admin/audit?size=100", admin).expectStatus().isOk());

        List<String> actions = JsonPath.read(page, "$.items[*].action");
        assertThat(actions.subList(0, 2)).as("the newest actions, newest first")
                .containsExactly("REJECT_PROVIDER", "APPROVE_PROVIDER");
        assertThat(actions.get(actions.size() - 1)).as("the oldest action: the first administrator").isEqualTo("CREATE_ADMIN");
        assertThat(page).containsEntry("total", actions.size());
        Map<String, Object> newest = JsonPath.read(page, "$.items[0]");
        assertThat(newest).containsEntry("subjectId", doctor.id().toString()).containsEntry("reason", "Unknown licence")
                .containsEntry("actor", Map.of("id", admin.id().toString(), "name", "Administrator"))
                .containsKeys("id", "occurredAt");
        Map<String, Object> first = JsonPath.read(page, "$.items[" + (actions.size() - 1) + "]");
        assertThat(first).as("the first administrator, created by the service itself")
                .containsEntry("actor", null).containsEntry("subjectId", admin.id().toString())
                .containsEntry("reason", null);
    }

    @Test
    void entriesAboutOneSubjectInPages() {
        Account admin = api().admin();
        Account courier = api().provider(ServiceType.MEDICINE_DELIVERY);
        for (String action : List.of("suspend", "reinstate", "suspend")) {
            api().post("/api/admin/providers/" + courier.id() + "/" + action, admin, Map.of("reason", action))
                    .expectStatus().isOk().returnResult(Void.class);
        }

        Map<String, Object> page = json(api().get("/api/admin/audit?subject=" + courier.id() + "&size=2&page=1", admin)
                .expectStatus().isOk());

        assertThat(JsonPath.<List<String>>read(page, "$.items[*].action")).as("the second page about the courier")
                .containsExactly("SUSPEND_PROVIDER", "APPROVE_PROVIDER");
        assertThat(page).containsEntry("total", 4).containsEntry("page", 1).containsEntry("size", 2);
    }

    @Test
    void subjectThatIsNoUuidThenBadRequestNamingIt() {
        assertInvalid(api().get("/api/admin/audit?subject=someone", api().admin()), "subject");
    }

    @Test
    void databaseRefusesToUpdateOrDeleteAnEntry() {
        api().provider(ServiceType.NURSE_VISIT);
        long entries = count();

        db.sql("UPDATE audit_log SET reason = 'rewritten'").then().as(StepVerifier::create)
                .expectErrorSatisfies(refusal -> assertThat(refusal).as("an UPDATE of audit_log")
                        .hasStackTraceContaining("audit_log is append-only"))
                .verify(TIMEOUT);
        db.sql("DELETE FROM audit_log").then().as(StepVerifier::create)
                .expectErrorSatisfies(refusal -> assertThat(refusal).as("a DELETE from audit_log")
                        .hasStackTraceContaining("audit_log is append-only"))
                .verify(TIMEOUT);

        assertThat(count()).as("entries after the refused changes").isEqualTo(entries).isPositive();
        assertThat(db.sql("SELECT count(*) AS n FROM audit_log WHERE reason = 'rewritten'")
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT)).as("rewritten entries").isZero();
    }

    private long count() {
        return db.sql("SELECT count(*) AS n FROM audit_log").map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
    }
}
