package com.medondoor;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.medondoor.account.ServiceType;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Speaks the API the way a client does: the fixtures that integration tests build their scenes with. */
public final class Api {

    /** Every account\'s password. */
    public static final String PASSWORD = "correct horse battery";

    /** The administrator every test service is configured with ({@code medondoor.admin.*}), whose password is {@link #PASSWORD}. */
    public static final String ADMIN_EMAIL = "administrator@tests.medondoor.example";

    /** The settings that make a test service create {@link #ADMIN_EMAIL} as its first administrator. */
    public static final Map<String, Object> ADMIN_SETTINGS = Map.of(
            "medondoor.admin.email", ADMIN_EMAIL, "medondoor.admin.password", PASSWORD);

    private static final AtomicLong sequence = new AtomicLong();

    private final WebTestClient http;
    private Account admin;

    Api(WebTestClient http) {
        this.http = http;
    }

    /** The same fixtures against another instance of the service, such as a second replica. */
    public static Api on(WebTestClient http) {
        return new Api(http);
    }

    public Account patient() {
        return register("USER", null);
    }

    /** A provider an administrator has verified, on duty: they see and take the jobs of their type. */
    public Account provider(ServiceType serviceType) {
        Account provider = offDutyProvider(serviceType);
        onDuty(provider, true);
        return provider;
    }

    /** A provider an administrator has verified, who has not gone on duty: they see jobs but take none. */
    public Account offDutyProvider(ServiceType serviceType) {
        Account provider = unverifiedProvider(serviceType);
        post("/api/admin/providers/" + provider.id() + "/approve", admin(), Map.of("reason", "Details checked"))
                .expectStatus().isOk().returnResult(Void.class);
        return provider;
    }

    /** The provider goes on duty, or off it. */
    public void onDuty(Account provider, boolean onDuty) {
        put("/api/jobs/duty", provider, Map.of("onDuty", onDuty)).expectStatus().isOk().returnResult(Void.class);
    }

    /** A provider just registered, whom no administrator has verified yet: they see no job. */
    public Account unverifiedProvider(ServiceType serviceType) {
        return register("PROVIDER", serviceType);
    }

    /** The test administrator ({@link #ADMIN_EMAIL}), logged in once per fixture. */
    public Account admin() {
        if (admin == null) {
            admin = logIn(ADMIN_EMAIL, "Administrator");
        }
        return admin;
    }

    /** The professional details a provider of this type registers with. */
    public static Map<String, Object> professional(ServiceType serviceType, long n) {
        return serviceType == ServiceType.MEDICINE_DELIVERY
                ? Map.of("identityDocument", "ID-" + n, "vehicle", "Blue cargo bike")
                : Map.of("licenceNumber", "LIC-" + n);
    }

    private Account register(String role, ServiceType serviceType) {
        long n = sequence.incrementAndGet();
        String email = role.toLowerCase() + n + "-" + UUID.randomUUID() + "@example.test";
        String name = (role.equals("USER") ? "Patient " : "Provider ") + n;
        var body = new HashMap<String, Object>(Map.of(
                "name", name, "email", email, "password", PASSWORD, "role", role));
        if (serviceType != null) {
            body.put("serviceType", serviceType.name());
            body.put("professional", professional(serviceType, n));
        }
        // Every response body is read to the end or released (returnResult(Void.class)): one left unread
        // holds its Netty buffer until it is garbage-collected, a leak (NettyLeaks).
        http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().returnResult(Void.class);
        return logIn(email, name);
    }

    private Account logIn(String email, String name) {
        Map<?, ?> login = http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> user = (Map<?, ?>) login.get("user");
        return new Account(UUID.fromString((String) user.get("id")), name, email, (String) login.get("accessToken"));
    }

    /** Books a visit as the patient ({@link #booking(ServiceType)}) and returns the new booking's id. */
    public UUID book(Account patient, ServiceType serviceType) {
        Map<?, ?> booking = post("/api/bookings", patient, booking(serviceType))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) booking.get("id"));
    }

    /**
     * A valid booking request, to send as it is or to change (the maps, the address's too, are mutable):
     * an address in Berlin, a phone written as dialled there, a need and private notes.
     */
    public static Map<String, Object> booking(ServiceType serviceType) {
        Map<String, Object> address = new HashMap<>(Map.of("street", "12 Rose Street", "flat", "2nd floor",
                "postcode", "10115", "city", "Berlin", "district", "Mitte", "country", "DE"));
        return new HashMap<>(Map.of("serviceType", serviceType.name(), "address", address,
                "phone", "030 1234567", "need", "Blood pressure check", "notes", "Door code 4521, ring twice"));
    }

    public void claim(Account provider, UUID booking) {
        post("/api/jobs/" + booking + "/claim", provider, null).expectStatus().isOk().returnResult(Void.class);
    }

    /** Takes the claimed visit through its steps: on the way, arrived, completed. */
    public void complete(Account provider, UUID booking) {
        arrive(provider, booking);
        post("/api/jobs/" + booking + "/complete", provider, null).expectStatus().isOk().returnResult(Void.class);
    }

    /** Takes the claimed visit on the way and to the patient: IN_PROGRESS. */
    public void arrive(Account provider, UUID booking) {
        post("/api/jobs/" + booking + "/en-route", provider, null).expectStatus().isOk().returnResult(Void.class);
        post("/api/jobs/" + booking + "/arrive", provider, null).expectStatus().isOk().returnResult(Void.class);
    }

    /** The caller reads the body, or releases it with {@code returnResult(Void.class)}. */
    public WebTestClient.ResponseSpec get(String path, Account caller) {
        return http.get().uri(path).headers(h -> authorize(h, caller)).exchange();
    }

    /** The caller reads the body, or releases it with {@code returnResult(Void.class)}. */
    public WebTestClient.ResponseSpec post(String path, Account caller, Object body) {
        var request = http.post().uri(path).headers(h -> authorize(h, caller));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The caller reads the body, or releases it with {@code returnResult(Void.class)}. */
    public WebTestClient.ResponseSpec put(String path, Account caller, Object body) {
        return http.put().uri(path).headers(h -> authorize(h, caller)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /** Sends {@code body} as it is, however broken, as JSON. */
    public EntityExchangeResult<byte[]> postRaw(String path, Account caller, String body) {
        return postRaw(path, caller, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends these bytes as they are, however broken, as JSON. */
    public EntityExchangeResult<byte[]> postRaw(String path, Account caller, byte[] body) {
        return http.post().uri(path).headers(h -> authorize(h, caller)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectBody().returnResult();
    }

    /** A GET whose template variables are URL-encoded, whatever they hold. */
    public EntityExchangeResult<byte[]> getRaw(String pathTemplate, Account caller, Object... variables) {
        return http.get().uri(pathTemplate, variables).headers(h -> authorize(h, caller))
                .exchange().expectBody().returnResult();
    }

    /** As the web app calls: with the caller's token, and the header that says a page of ours sent it. */
    private static void authorize(org.springframework.http.HttpHeaders headers, Account caller) {
        headers.set("X-Requested-With", "medondoor");
        if (caller != null) {
            headers.setBearerAuth(caller.token());
        }
    }

    /** A registered, logged-in user. */
    public record Account(UUID id, String name, String email, String token) {
    }
}
