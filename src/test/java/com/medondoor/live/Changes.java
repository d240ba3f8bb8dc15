package com.medondoor.live;

import java.util.Map;

import com.medondoor.Api;
import com.medondoor.account.ServiceType;
import tools.jackson.databind.JsonNode;

/** Changes bookings through the API and returns the booking JSON each change answers with. */
final class Changes {

    private final Api api;

    Changes(Api api) {
        this.api = api;
    }

    JsonNode book(Api.Account patient, ServiceType serviceType) {
        return book(patient, serviceType, "Blood pressure check");
    }

    /** Books a visit with this need, which every stream shows (a provider's too). */
    JsonNode book(Api.Account patient, ServiceType serviceType, String need) {
        Map<String, Object> request = Api.booking(serviceType);
        request.put("need", need);
        String body = api.post("/api/bookings", patient, request)
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return LiveClient.json(body);
    }

    JsonNode claim(Api.Account provider, JsonNode booking) {
        return ok("/api/jobs/" + id(booking) + "/claim", provider);
    }

    /** The claimed visit through its steps: on the way, arrived, completed; the completed booking. */
    JsonNode complete(Api.Account provider, JsonNode booking) {
        setOff(provider, booking);
        arrive(provider, booking);
        return finish(provider, booking);
    }

    JsonNode setOff(Api.Account provider, JsonNode booking) {
        return ok("/api/jobs/" + id(booking) + "/en-route", provider);
    }

    JsonNode arrive(Api.Account provider, JsonNode booking) {
        return ok("/api/jobs/" + id(booking) + "/arrive", provider);
    }

    /** Completes a visit under way (IN_PROGRESS). */
    JsonNode finish(Api.Account provider, JsonNode booking) {
        return ok("/api/jobs/" + id(booking) + "/complete", provider);
    }

    JsonNode cancel(Api.Account patient, JsonNode booking) {
        return ok("/api/bookings/" + id(booking) + "/cancel", patient);
    }

    /** Rates a completed visit; the rating. */
    JsonNode rate(Api.Account patient, JsonNode booking, int stars, String review) {
        String body = api.post("/api/bookings/" + id(booking) + "/rating", patient, Map.of("stars", stars, "review", review))
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return LiveClient.json(body);
    }

    static String id(JsonNode booking) {
        return booking.get("id").asString();
    }

    private JsonNode ok(String path, Api.Account caller) {
        String body = api.post(path, caller, null).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return LiveClient.json(body);
    }
}
