package com.medondoor.system.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.account.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking whose private details (its patient's name and id, street, postcode, flat, phone and notes)
 * are written nowhere else, so that any text can be searched for them: an answer, a problem body, an
 * event stream, a log. Its area and need are what a provider may see before holding the visit.
 */
record PrivateBooking(UUID id, Account patient, String street, String flat, String postcode, String phone,
        String notes, String district, String need) {

    static PrivateBooking book(Api api, Account patient, ServiceType type) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String subscriber = String.valueOf(ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999));
        Map<String, Object> body = Api.booking(type);
        String street = "Quillfeather Lane " + token;
        String flat = "Flat " + token;
        String postcode = "PC-" + token.toUpperCase();
        String district = "Kreuzberg-" + token;
        String need = "Wound dressing, " + token;
        String notes = "Door code " + token + ", key under the mat";
        body.put("address", Map.of("street", street, "flat", flat, "postcode", postcode, "city", "Berlin",
                "district", district, "country", "DE"));
        body.put("phone", "030 " + subscriber);
        body.put("need", need);
        body.put("notes", notes);
        Map<?, ?> created = api.post("/api/bookings", patient, body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return new PrivateBooking(UUID.fromString((String) created.get("id")), patient, street, flat, postcode,
                "+4930" + subscriber, notes, district, need);
    }

    /** What no one but those allowed may read, as it is written in JSON. */
    private List<String> secrets() {
        return List.of(street, flat, postcode, phone, notes, "\"" + patient.name() + "\"", patient.id().toString());
    }

    /** The text holds every private detail: whoever got it may see them. */
    void assertShownIn(String text, String where) {
        assertThat(text).as("%s holds the booking's private details", where).contains(secrets());
    }

    /** The text holds none of the private details, not even the phone's digits. */
    void assertHiddenFrom(String text, String where) {
        assertThat(text).as("%s holds none of the booking's private details", where)
                .doesNotContain(secrets())
                .doesNotContain(phone.substring(1));
    }

    /** The text shows the booking, with what a provider decides by: its area and need, but nothing private. */
    void assertAreaOnlyIn(String text, String where) {
        assertThat(text).as("%s shows the booking's area and need", where)
                .contains(id.toString(), district, need, "Berlin");
        assertHiddenFrom(text, where);
    }
}
