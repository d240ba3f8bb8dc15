package com.medondoor.system.input;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.ProblemAssertions;
import com.medondoor.account.ServiceType;
import com.medondoor.system.access.AccessScene.State;
import com.medondoor.system.access.AccessScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Text a field should not hold is refused with a 400 that names the field, never a 500 and never stored
 * altered: line breaks and tabs outside the fields meant to hold several lines, and unpaired surrogates,
 * which UTF-8 cannot encode. Astral characters such as emoji are ordinary text and stored exactly.
 */
class HostileTextIntegrationTests extends IntegrationTest {

    private static final String STREET = "12 Rose Street";
    private static final String ADDRESS = """
            {"street": "12 Rose Street", "postcode": "10115", "city": "Berlin", "district": "Mitte", "country": "DE"}""";
    /** The rest of a valid booking, after its notes, in JSON. */
    private static final String REST = "\"phone\":\"030 1234567\",\"need\":\"Wound dressing\"}";

    @Test
    void notesWithLineBreaksAndTabsThenStoredUnchanged() {
        Account patient = api().patient();
        String notes = "Second floor\r\nRing twice\n\tthen wait";
        Map<String, Object> created = json(api().post("/api/bookings", patient, booking(STREET, notes))
                .expectStatus().isCreated());

        api().get("/api/bookings/" + created.get("id"), patient).expectStatus().isOk()
                .expectBody().jsonPath("$.notes").isEqualTo(notes);
    }

    @Test
    void reviewWithLineBreaksAndTabsThenStoredUnchanged() {
        AccessScene scene = AccessScene.build(api(), State.COMPLETED);
        String review = "Kind and on time.\r\n\tWould book again.\n";
        api().post("/api/bookings/" + scene.booking() + "/rating", scene.owner(), Map.of("stars", 5, "review", review))
                .expectStatus().isCreated();

        api().get("/api/bookings/" + scene.booking(), scene.owner()).expectStatus().isOk()
                .expectBody().jsonPath("$.rating.review").isEqualTo(review);
    }

    @ParameterizedTest(name = "U+{0} in address.street -> 400")
    @ValueSource(ints = {'\n', '\r', '\t'})
    void lineBreakOrTabInStreetThenRefusedNamingIt(int character) {
        Account patient = api().patient();
        expectInvalid(api().post("/api/bookings", patient, booking("12 Rose" + (char) character + "Street", "Ring")),
                "address.street")
                .jsonPath("$.errors[0].message").isEqualTo("contains a control character (U+%04X)".formatted(character));

        assertNoBookings(patient);
    }

    @ParameterizedTest(name = "U+{0} in name -> 400")
    @ValueSource(ints = {'\n', '\t'})
    void lineBreakOrTabInNameThenRefusedNamingIt(int character) {
        String email = "florence-" + character + "@example.test";
        expectInvalid(api().post("/api/auth/register", null, Map.of("name", "Flo" + (char) character + "rence",
                "email", email, "password", "correct horse battery", "role", "USER")), "name");

        api().post("/api/auth/login", null, Map.of("email", email, "password", "correct horse battery"))
                .expectStatus().isUnauthorized();
    }

    @Test
    void nulInNotesThenRefusedNamingItNotAServerError() {
        Account patient = api().patient();
        expectInvalid(api().post("/api/bookings", patient, booking(STREET, "Ring\u0000twice")), "notes")
                .jsonPath("$.errors[0].message").isEqualTo("contains a control character (U+0000)");

        assertNoBookings(patient);
    }

    @Test
    void loneSurrogateInNotesThenRefusedNotStoredAsQuestionMark() {
        Account patient = api().patient();
        EntityExchangeResult<byte[]> result = api().postRaw("/api/bookings", patient,
                "{\"serviceType\":\"NURSE_VISIT\",\"address\":" + ADDRESS + ",\"notes\":\"Ring \\ud800 twice\"," + REST);

        Map<String, Object> problem = ProblemAssertions.assertProblem(result, 400, "a lone surrogate in notes");
        assertThat(problem.get("errors")).as("the problem names notes: %s", problem)
                .isEqualTo(java.util.List.of(Map.of("field", "notes", "message", "contains an invalid character (U+D800)")));
        assertNoBookings(patient);
    }

    @Test
    void emojiThenStoredExactly() {
        Account patient = api().patient();
        String street = "12 Rose Street \uD83C\uDFE0";
        Map<String, Object> created = json(api().post("/api/bookings", patient, booking(street, "Ring twice"))
                .expectStatus().isCreated());
        EntityExchangeResult<byte[]> escaped = api().postRaw("/api/bookings", patient,
                "{\"serviceType\":\"NURSE_VISIT\",\"address\":" + ADDRESS + ",\"notes\":\"Ring \\ud83d\\udd14\"," + REST);
        assertThat(escaped.getStatus().value()).as("an escaped surrogate pair: %s", ProblemAssertions.body(escaped))
                .isEqualTo(201);

        api().get("/api/bookings/" + created.get("id"), patient).expectStatus().isOk()
                .expectBody().jsonPath("$.address.street").isEqualTo(street);
        api().get("/api/bookings", patient).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.notes == 'Ring \uD83D\uDD14')]").exists();
    }

    @ParameterizedTest(name = "?{0} with a NUL -> 400")
    @ValueSource(strings = {"status=ACCEPTED", "page=1", "size=10"})
    void nulInQueryParameterThenRefusedNamingIt(String parameter) {
        String name = parameter.substring(0, parameter.indexOf('='));
        expectInvalid(api().get("/api/jobs/mine?" + parameter + "%00", api().provider(AccessScene.TYPE)), name);
    }

    /** The test client itself refuses to send a NUL, another C0 control or DEL in a header. */
    @ParameterizedTest(name = "Idempotency-Key with U+{0} -> 400")
    @ValueSource(ints = {'\t', 0x85, 0xE9})
    void controlOrNonAsciiCharacterInIdempotencyKeyThenRefused(int character) {
        Account patient = api().patient();
        expectInvalid(http.post().uri("/api/bookings").headers(h -> h.setBearerAuth(patient.token()))
                .header("Idempotency-Key", "key" + (char) character + "1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(booking(STREET, "Ring")).exchange(),
                "Idempotency-Key");

        assertNoBookings(patient);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> booking(String street, String notes) {
        Map<String, Object> booking = Api.booking(ServiceType.NURSE_VISIT);
        ((Map<String, Object>) booking.get("address")).put("street", street);
        booking.put("notes", notes);
        return booking;
    }

    private void assertNoBookings(Account patient) {
        api().get("/api/bookings", patient).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
    }
}
