package com.medondoor.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of single stream events, for {@code StepVerifier.assertNext}. StepVerifier runs a
 * {@code then(..)} step on the verifying thread without holding back the next event, so the booking an
 * event is checked against may still be on its way: checks take it as a future and wait for it (events
 * are delivered off the event loop, see {@link LiveClient#events}).
 */
final class EventChecks {

    private EventChecks() {
    }

    static Consumer<ServerSentEvent<String>> snapshot() {
        return event -> assertThat(event.event()).as("first event of a fresh stream").isEqualTo("snapshot");
    }

    /**
     * A {@code job.available} whose data is exactly the booking as its creation returned it, without its
     * private details (a provider sees them only once they hold the visit).
     */
    static Consumer<ServerSentEvent<String>> available(CompletableFuture<JsonNode> booking) {
        return event -> available(await(booking)).accept(event);
    }

    static Consumer<ServerSentEvent<String>> available(JsonNode booking) {
        return event -> {
            assertThat(event.event() + " " + LiveClient.data(event).path("id").asString())
                    .as("expected job.available of booking %s", Changes.id(booking))
                    .isEqualTo("job.available " + Changes.id(booking));
            assertThat(LiveClient.data(event)).as("job.available data is the booking as created, without private details")
                    .isEqualTo(withoutPrivateDetails(booking));
        };
    }

    /** A booking's JSON as one without the right to its private details gets it. */
    static JsonNode withoutPrivateDetails(JsonNode booking) {
        ObjectNode redacted = (ObjectNode) booking.deepCopy();
        for (String field : List.of("address", "phone", "notes", "patient")) {
            redacted.putNull(field);
        }
        return redacted;
    }

    static Consumer<ServerSentEvent<String>> removed(CompletableFuture<JsonNode> booking, String reason) {
        return event -> removed(await(booking), reason).accept(event);
    }

    static Consumer<ServerSentEvent<String>> removed(JsonNode booking, String reason) {
        JsonNode expected = JsonNodeFactory.instance.objectNode().put("id", Changes.id(booking)).put("reason", reason);
        return event -> assertThat(event.event() + " " + LiveClient.data(event))
                .as("expected job.removed %s of booking %s", reason, Changes.id(booking))
                .isEqualTo("job.removed " + expected);
    }

    /** A {@code booking.updated} whose data is exactly the booking as the change returned it. */
    static Consumer<ServerSentEvent<String>> updated(CompletableFuture<JsonNode> booking) {
        return event -> updated(await(booking)).accept(event);
    }

    static Consumer<ServerSentEvent<String>> updated(JsonNode booking) {
        return event -> {
            assertThat(event.event() + " " + LiveClient.data(event).path("id").asString() + " "
                    + LiveClient.data(event).path("status").asString())
                    .as("expected booking.updated of booking %s", Changes.id(booking))
                    .isEqualTo("booking.updated " + Changes.id(booking) + " " + booking.get("status").asString());
            assertThat(LiveClient.data(event)).as("booking.updated data is the booking right after the change")
                    .isEqualTo(booking);
        };
    }

    static <T> T await(CompletableFuture<T> value) {
        try {
            return value.get(LiveClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (Exception e) {
            throw new AssertionError("the change an event was expected for did not finish", e);
        }
    }

    /** The ids of the events checked through it, which must strictly increase. */
    static final class Order {

        private final List<Long> ids = new CopyOnWriteArrayList<>();

        Consumer<ServerSentEvent<String>> then(Consumer<ServerSentEvent<String>> check) {
            return event -> {
                long id = LiveClient.id(event);
                if (!ids.isEmpty()) {
                    assertThat(id).as("event id after %s", ids.get(ids.size() - 1)).isGreaterThan(last());
                }
                ids.add(id);
                check.accept(event);
            };
        }

        List<Long> ids() {
            return List.copyOf(ids);
        }

        long last() {
            return ids.get(ids.size() - 1);
        }
    }
}
