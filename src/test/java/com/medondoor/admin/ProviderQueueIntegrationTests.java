package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.ProblemAssertions;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The administrators' list of providers: by status, oldest change first (the queue of those waiting),
 * searched by name, email, licence or identity document without regard to case, in pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderQueueIntegrationTests extends IntegrationTest {

    private Account admin;
    private Account first;
    private Account second;
    private Account third;
    private Account verified;
    private Account courier;

    /** Registered in this order, so that their verification changed in this order; the class's database is its own. */
    @BeforeAll
    void providers() {
        admin = api().admin();
        first = register("Florence Nightingale", ServiceType.NURSE_VISIT, Map.of("licenceNumber", "RCN-100_%"));
        second = register("Mary Seacole", ServiceType.NURSE_VISIT, Map.of("licenceNumber", "RCN-200"));
        verified = api().provider(ServiceType.DOCTOR_CONSULTATION);
        third = register("John Snow", ServiceType.DOCTOR_CONSULTATION, Map.of("licenceNumber", "GMC 7777"));
        courier = register("Ada Rider", ServiceType.MEDICINE_DELIVERY,
                Map.of("identityDocument", "Passport ZX-991", "vehicle", "Cargo bike"));
    }

    @Test
    void unverifiedProvidersOldestFirstWithTheirTotal() {
        Map<String, Object> page = list("?status=UNVERIFIED");

        assertThat(ids(page)).as("the queue").containsExactly(id(first), id(second), id(third), id(courier));
        assertThat(page).containsEntry("total", 4).containsEntry("page", 0).containsEntry("size", 20);
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].verification.status")).as("statuses")
                .containsOnly("UNVERIFIED");
    }

    @Test
    void withoutStatusThenEveryProviderAndNoOneElse() {
        assertThat(ids(list(""))).as("every provider, oldest change first: the approved one's when it was approved")
                .containsExactly(id(first), id(second), id(verified), id(third), id(courier));
    }

    @Test
    void verifiedProvidersOnly() {
        assertThat(ids(list("?status=VERIFIED"))).containsExactly(id(verified));
        assertThat(ids(list("?status=SUSPENDED"))).isEmpty();
    }

    @Test
    void pagesOfTheQueue() {
        Map<String, Object> page = list("?status=UNVERIFIED&page=1&size=3");

        assertThat(ids(page)).containsExactly(id(courier));
        assertThat(page).containsEntry("total", 4).containsEntry("page", 1).containsEntry("size", 3);
    }

    @Test
    void searchByNameEmailLicenceOrIdentityWithoutRegardToCase() {
        String emailOnly = second.email().substring(second.email().indexOf('-') + 1).toUpperCase();
        assertThat(ids(search("SEACOLE"))).as("by name").containsExactly(id(second));
        assertThat(ids(search(emailOnly))).as("by email").containsExactly(id(second));
        assertThat(ids(search("gmc 7777"))).as("by licence").containsExactly(id(third));
        assertThat(ids(search("zx-99"))).as("by identity document").containsExactly(id(courier));
        assertThat(ids(list("?q=rcn&status=UNVERIFIED"))).as("by licence, in a status")
                .containsExactly(id(first), id(second));
        assertThat(search("nobody-has-this")).containsEntry("total", 0);
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        assertThat(ids(search("%"))).as("a percent sign").containsExactly(id(first));
        assertThat(ids(search("_"))).as("an underscore").containsExactly(id(first));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status=verified", "status=ADMIN", "size=0", "size=101", "page=-1"})
    void invalidParameterThenBadRequestNamingIt(String query) {
        assertInvalid(api().get("/api/admin/providers?" + query, admin), query.substring(0, query.indexOf('=')));
    }

    @ParameterizedTest(name = "q: {0}")
    @ValueSource(strings = {"a NUL character\u0000", "201"})
    void invalidSearchThenBadRequestNamingIt(String query) {
        String sent = query.equals("201") ? "x".repeat(201) : query;

        assertProblem(api().getRaw("/api/admin/providers?q={q}", admin, sent), HttpStatus.BAD_REQUEST, "invalid-request");
    }

    private Account register(String name, ServiceType type, Map<String, Object> professional) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + System.nanoTime() + "@example.test";
        http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "email", email, "password", "correct horse battery", "role", "PROVIDER",
                        "serviceType", type.name(), "professional", professional))
                .exchange().expectStatus().isCreated().returnResult(Void.class);
        Map<String, Object> login = json(api().post("/api/auth/login", null,
                Map.of("email", email, "password", "correct horse battery")).expectStatus().isOk());
        return new Account(UUID.fromString(JsonPath.read(login, "$.user.id")), name, email,
                (String) login.get("accessToken"));
    }

    private Map<String, Object> search(String query) {
        EntityExchangeResult<byte[]> result = api().getRaw("/api/admin/providers?q={q}", admin, query);
        assertThat(result.getStatus()).as("search for %s", query).isEqualTo(HttpStatus.OK);
        return JsonPath.parse(ProblemAssertions.body(result)).read("$");
    }

    private Map<String, Object> list(String query) {
        return json(api().get("/api/admin/providers" + query, admin).expectStatus().isOk());
    }

    private static List<String> ids(Map<String, Object> page) {
        return JsonPath.read(page, "$.items[*].id");
    }

    private static String id(Account account) {
        return account.id().toString();
    }
}
