package com.medondoor.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.Transition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * Random sequences of everyone's actions (patients booking, cancelling with or without a reason;
 * providers of each type claiming, setting off, arriving, completing, giving back, going off and on duty;
 * administrators releasing and cancelling; time passing, so that bookings expire and visits fall overdue),
 * drawn by jqwik and thrown concurrently at two replicas, while every kind of stream listens. Afterwards
 * the database must hold: only legal transitions, by actors allowed to make them; events that replay to
 * each booking's status and provider; no provider above capacity, and a count of visits held equal to the
 * visits they hold; one provider at a time on a visit. And nothing may be lost on either feed: every
 * patient's stream and the administrators' stream got every event of theirs, and each provider's board,
 * kept from its stream, is the board the API shows. A failure names the seed that reproduces the run.
 */
class VisitLifecyclePropertyTests extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(VisitLifecyclePropertyTests.class);
    private static final int ROUNDS = 6;
    private static final int ACTIONS_PER_ROUND = 60;
    private static final Duration SETTLE = Duration.ofSeconds(20);

    @Autowired
    private Environment environment;

    @Autowired
    private DatabaseClient db;

    @Test
    void randomActionsOfEveryoneOnTwoReplicasKeepEveryInvariantAndLoseNoEvent() throws Exception {
        long seed = new Random().nextLong();
        log.info("Visit lifecycle property run with seed {}", seed);
        Random random = new Random(seed);
        // The second replica sweeps every second: bookings whose time passed expire while the others act.
        try (Replica other = Replica.beside(environment, Map.of("medondoor.bookings.expiry-sweep-interval", "1s"));
                Feeds feeds = new Feeds()) {
            List<WebTestClient> clients = List.of(http, other.client(LiveClient.TIMEOUT));
            List<Api> replicas = clients.stream().map(Api::on).toList();
            Cast cast = Cast.of(api());
            feeds.listen(cast, clients);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            Map<String, Integer> tally = new java.util.TreeMap<>();
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    cast.book(api(), random);
                    List<Action> actions = new ArrayList<>();
                    Arbitrary<Action> drawn = actions(cast);
                    for (int i = 0; i < ACTIONS_PER_ROUND; i++) {
                        actions.add(drawn.generator(100).next(random).value());
                    }
                    List<Future<String>> outcomes = new ArrayList<>();
                    for (Action action : actions) {
                        outcomes.add(pool.submit(() -> action.run(replicas.get(action.replica()), db, cast)));
                    }
                    for (int i = 0; i < outcomes.size(); i++) {
                        String outcome = outcomes.get(i).get();
                        assertThat(outcome).as("seed %d: %s answered no server error", seed, actions.get(i)).doesNotStartWith("5");
                        tally.merge(actions.get(i).kind() + " " + outcome, 1, Integer::sum);
                    }
                    assertCapacityHeld(seed);
                }
            }
            finally {
                pool.shutdownNow();
            }
            log.info("Seed {}: {}", seed, tally);
            assertThat(tally).as("seed %d: a run in which visits were taken, travelled to and completed", seed)
                    .containsKeys("CLAIM 200", "NEXT_STEP 200 en-route", "NEXT_STEP 200 complete");
            // The sweep of the bookings whose time was made to pass, then no more changes.
            await().atMost(SETTLE).until(() -> count("""
                    SELECT count(*) FROM bookings WHERE status = 'PENDING' AND expires_at <= now()""") == 0);

            assertEveryTransitionLegalAndByItsActor(seed, cast);
            assertEventsReplayToTheBookings(seed);
            assertCapacityHeld(seed);
            feeds.assertNothingLost(seed, cast, db, api());
        }
    }

    /** What anyone may do, weighted to keep the visits moving: mostly their own bookings and their type's jobs. */
    private static Arbitrary<Action> actions(Cast cast) {
        Arbitrary<Integer> booking = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> someone = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> replica = Arbitraries.integers().between(0, 1);
        Arbitrary<Kind> kind = Arbitraries.frequency(Tuple.of(6, Kind.CLAIM), Tuple.of(8, Kind.NEXT_STEP),
                Tuple.of(2, Kind.SET_OFF), Tuple.of(2, Kind.ARRIVE), Tuple.of(2, Kind.COMPLETE), Tuple.of(2, Kind.RELEASE),
                Tuple.of(3, Kind.CANCEL),
                Tuple.of(1, Kind.TIME_PASSES), Tuple.of(1, Kind.ADMIN_RELEASE), Tuple.of(1, Kind.ADMIN_CANCEL),
                Tuple.of(1, Kind.DUTY));
        return Combinators.combine(kind, booking, someone, replica, Arbitraries.of(true, false))
                .as((what, b, who, on, flag) -> new Action(what, b, who, on, flag));
    }

    private void assertEveryTransitionLegalAndByItsActor(long seed, Cast cast) {
        Map<UUID, List<Map<String, Object>>> history = new HashMap<>();
        db.sql("""
                SELECT e.booking_id, e.status, e.actor_id, e.provider_id, b.patient_id
                  FROM booking_events e JOIN bookings b ON b.id = e.booking_id
                 ORDER BY e.id""")
                .fetch().all().doOnNext(row -> history.computeIfAbsent((UUID) row.get("booking_id"),
                        id -> new ArrayList<>()).add(row)).blockLast(LiveClient.TIMEOUT);
        assertThat(history).as("seed %d: every booking has its events", seed).isNotEmpty();
        history.forEach((booking, events) -> {
            assertThat(events.get(0).get("status")).as("seed %d: %s starts PENDING", seed, booking).isEqualTo("PENDING");
            for (int i = 1; i < events.size(); i++) {
                BookingStatus from = BookingStatus.valueOf((String) events.get(i - 1).get("status"));
                BookingStatus to = BookingStatus.valueOf((String) events.get(i).get("status"));
                Map<String, Object> event = events.get(i);
                assertThat(Transition.legal(from, to)).as("seed %d: %s went %s -> %s", seed, booking, from, to).isTrue();
                Object actor = event.get("actor_id");
                String who = actor == null ? "SERVICE" : actor.equals(event.get("patient_id")) ? "PATIENT"
                        : cast.admin.id().equals(actor) ? "ADMINISTRATOR" : "PROVIDER";
                assertThat(java.util.Arrays.stream(Transition.values())
                        .filter(transition -> transition.to() == to && transition.allowedFrom(from))
                        .map(transition -> switch (transition.actor()) {
                            case PROVIDER, VISIT_PROVIDER -> "PROVIDER";
                            default -> transition.actor().name();
                        }))
                        .as("seed %d: %s %s -> %s by %s", seed, booking, from, to, who).contains(who);
                if (to == BookingStatus.EN_ROUTE || to == BookingStatus.IN_PROGRESS || to == BookingStatus.COMPLETED) {
                    assertThat(event.get("provider_id")).as("seed %d: %s: one provider takes the visit through", seed, booking)
                            .isEqualTo(events.get(i - 1).get("provider_id")).isEqualTo(actor);
                }
            }
        });
    }

    private void assertEventsReplayToTheBookings(long seed) {
        List<String> differing = db.sql("""
                SELECT b.id::text AS id FROM bookings b
                  JOIN LATERAL (SELECT status, provider_id FROM booking_events e WHERE e.booking_id = b.id
                                 ORDER BY e.id DESC LIMIT 1) last ON true
                 WHERE last.status <> b.status OR last.provider_id IS DISTINCT FROM b.provider_id""")
                .map(row -> row.get("id", String.class)).all().collectList().block(LiveClient.TIMEOUT);
        assertThat(differing).as("seed %d: bookings whose last event is not their status and provider", seed).isEmpty();
    }

    private void assertCapacityHeld(long seed) {
        List<String> wrong = db.sql("""
                SELECT duty.provider_id::text AS provider FROM provider_duty duty
                 WHERE duty.active_visits > duty.capacity
                    OR duty.active_visits <> (SELECT count(*) FROM bookings b WHERE b.provider_id = duty.provider_id
                                                AND b.status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS'))""")
                .map(row -> row.get("provider", String.class)).all().collectList().block(LiveClient.TIMEOUT);
        assertThat(wrong).as("seed %d: providers above capacity, or whose count is not their visits", seed).isEmpty();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(LiveClient.TIMEOUT);
    }

    /**
     * What is done. {@code NEXT_STEP} is the step a visit is due for, as a racy read finds it, by the provider
     * who holds it then: it keeps visits moving, while the plain steps, by anyone of the type, mostly meet
     * refusals.
     */
    enum Kind {
        CLAIM, NEXT_STEP, SET_OFF, ARRIVE, COMPLETE, RELEASE, CANCEL, TIME_PASSES, ADMIN_RELEASE, ADMIN_CANCEL, DUTY
    }

    /**
     * One action: its kind, the booking (an index into those booked so far), who acts (an index: a provider
     * of the booking's type, a patient), on which replica, and a coin (a reason given or not; the owner or
     * someone else; overdue or just expired).
     */
    record Action(Kind kind, int booking, int someone, int replica, boolean coin) {

        /** The answer's status, or {@code db} for a change made in the database. */
        String run(Api api, DatabaseClient db, Cast cast) {
            Cast.Booked target = cast.booked(booking);
            Account provider = cast.provider(target.type(), someone);
            String job = "/api/jobs/" + target.id();
            if (kind == Kind.NEXT_STEP) {
                Map<String, Object> now = db.sql("SELECT status, provider_id FROM bookings WHERE id = :id")
                        .bind("id", target.id()).fetch().one().block(LiveClient.TIMEOUT);
                String step = switch ((String) now.get("status")) {
                    case "ACCEPTED" -> "en-route";
                    case "EN_ROUTE" -> "arrive";
                    case "IN_PROGRESS" -> "complete";
                    default -> "claim";
                };
                Account holder = now.get("provider_id") == null ? provider : cast.allProviders().stream()
                        .filter(candidate -> candidate.id().equals(now.get("provider_id"))).findFirst().orElseThrow();
                return post(api, job + "/" + step, holder, null).getStatus().value() + " " + step;
            }
            Map<String, Object> reason = coin ? Map.of("reason", "Seen to it") : Map.of();
            EntityExchangeResult<byte[]> answer = switch (kind) {
                case CLAIM -> post(api, job + "/claim", provider, null);
                case SET_OFF -> post(api, job + "/en-route", provider, coin ? Map.of("etaMinutes", 10) : null);
                case ARRIVE -> post(api, job + "/arrive", provider, null);
                case COMPLETE -> post(api, job + "/complete", provider, null);
                case RELEASE -> post(api, job + "/release", provider, Map.of("reason", "Called away"));
                case CANCEL -> post(api, "/api/bookings/" + target.id() + "/cancel",
                        someone % 5 == 0 ? cast.patients.get(someone % cast.patients.size()) : target.patient(), reason);
                case ADMIN_RELEASE -> post(api, "/api/admin/bookings/" + overdueOr(target, db) + "/release", cast.admin, reason);
                case ADMIN_CANCEL -> post(api, "/api/admin/bookings/" + overdueOr(target, db) + "/cancel", cast.admin, reason);
                case DUTY -> api.put("/api/jobs/duty", provider, Map.of("onDuty", coin)).expectBody().returnResult();
                case TIME_PASSES, NEXT_STEP -> null;
            };
            if (answer != null) {
                return Integer.toString(answer.getStatus().value());
            }
            // Its window closes (a PENDING booking expires) or, in a provider's hands, the visit falls overdue.
            db.sql("UPDATE bookings SET expires_at = now() - make_interval(hours => :hours) WHERE id = :id")
                    .bind("hours", coin ? 3 : 0).bind("id", target.id()).then().block(LiveClient.TIMEOUT);
            return "db";
        }

        /** Half the time a visit that is overdue now, as a racy read finds one, as an administrator would. */
        private UUID overdueOr(Cast.Booked target, DatabaseClient db) {
            if (someone % 2 == 1) {
                return target.id();
            }
            return db.sql("""
                    SELECT id FROM bookings
                     WHERE status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS') AND expires_at < now() - interval '2 hours'
                     LIMIT 1""").map(row -> row.get("id", UUID.class)).one().blockOptional(LiveClient.TIMEOUT)
                    .orElse(target.id());
        }

        private static EntityExchangeResult<byte[]> post(Api api, String path, Account caller, Object body) {
            return api.post(path, caller, body).expectBody().returnResult();
        }
    }

    /** Everyone taking part, and the bookings made so far. */
    static final class Cast {

        record Booked(UUID id, ServiceType type, Account patient) {
        }

        final List<Account> patients = new ArrayList<>();
        final Map<ServiceType, List<Account>> providers = new HashMap<>();
        final List<Booked> bookings = new CopyOnWriteArrayList<>();
        Account admin;

        static Cast of(Api api) {
            Cast cast = new Cast();
            for (int i = 0; i < 3; i++) {
                cast.patients.add(api.patient());
            }
            for (ServiceType type : ServiceType.values()) {
                cast.providers.put(type, List.of(api.provider(type), api.provider(type)));
            }
            cast.admin = api.admin();
            return cast;
        }

        /** Each patient books one visit of each type: as soon as possible, or for a window tomorrow. */
        void book(Api api, Random random) {
            for (Account patient : patients) {
                for (ServiceType type : ServiceType.values()) {
                    Map<String, Object> request = Api.booking(type);
                    if (random.nextBoolean()) {
                        request.put("windowStart", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString());
                        request.put("timeZone", "Europe/Lisbon");
                    }
                    String id = api.post("/api/bookings", patient, request).expectStatus().isCreated()
                            .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
                    bookings.add(new Booked(UUID.fromString(id), type, patient));
                }
            }
        }

        Booked booked(int index) {
            return bookings.get(index % bookings.size());
        }

        Account provider(ServiceType type, int index) {
            List<Account> ofType = providers.get(type);
            return ofType.get(index % ofType.size());
        }

        List<Account> allProviders() {
            return providers.values().stream().flatMap(List::stream).toList();
        }
    }

    /** Every stream of the cast, open on one replica or the other, recording what arrives. */
    static final class Feeds implements AutoCloseable {

        private final List<Disposable> open = new ArrayList<>();
        private final Map<Account, List<ServerSentEvent<String>>> received = new ConcurrentHashMap<>();
        private Account administrator;

        void listen(Cast cast, List<WebTestClient> replicas) {
            List<Account> listeners = new ArrayList<>(cast.patients);
            listeners.addAll(cast.allProviders());
            listeners.add(cast.admin);
            administrator = cast.admin;
            for (int i = 0; i < listeners.size(); i++) {
                Account listener = listeners.get(i);
                LiveClient client = new LiveClient(replicas.get(i % 2));
                String path = listener == cast.admin ? "/api/admin/bookings/stream"
                        : cast.patients.contains(listener) ? LiveClient.BOOKINGS : LiveClient.JOBS;
                List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
                received.put(listener, events);
                open.add(client.events(path, listener, null).subscribe(events::add));
            }
            await().atMost(LiveClient.TIMEOUT).until(() -> received.values().stream().noneMatch(List::isEmpty));
        }

        /**
         * Each patient's stream and the administrators' got every event of theirs after their snapshot, once, the
         * last one each booking's status; each provider's board, kept from the snapshot and the events, is the
         * board {@code GET /api/jobs/available} shows.
         */
        void assertNothingLost(long seed, Cast cast, DatabaseClient db, Api api) {
            Map<UUID, Map<String, Object>> now = new HashMap<>();
            db.sql("SELECT id, status, patient_id FROM bookings").fetch().all()
                    .doOnNext(row -> now.put((UUID) row.get("id"), row)).blockLast(LiveClient.TIMEOUT);
            for (Account patient : cast.patients) {
                await().atMost(SETTLE).untilAsserted(() -> assertFeedComplete(seed, patient, db,
                        "AND b.patient_id = '" + patient.id() + "'", now));
            }
            await().atMost(SETTLE).untilAsserted(() -> assertFeedComplete(seed, administrator, db, "", now));
            for (Account provider : cast.allProviders()) {
                await().atMost(SETTLE).untilAsserted(() -> assertThat(board(provider))
                        .as("seed %d: the board kept from %s's job stream", seed, provider.name())
                        .isEqualTo(Set.copyOf(LiveClient.itemIds(LiveClient.json(api.get("/api/jobs/available?size=100",
                                provider).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())))));
            }
        }

        private void assertFeedComplete(long seed, Account listener, DatabaseClient db, String whose,
                Map<UUID, Map<String, Object>> now) {
            List<ServerSentEvent<String>> events = received.get(listener);
            long snapshot = LiveClient.id(events.get(0));
            List<Long> expected = db.sql("SELECT e.id FROM booking_events e JOIN bookings b ON b.id = e.booking_id"
                    + " WHERE e.id > " + snapshot + " " + whose + " ORDER BY e.id")
                    .map(row -> row.get("id", Long.class)).all().collectList().block(LiveClient.TIMEOUT);
            List<Long> got = events.subList(1, events.size()).stream().map(LiveClient::id).toList();
            assertThat(got).as("seed %d: the events on %s's stream, once each, in order", seed, listener.name())
                    .isEqualTo(expected);
            Map<String, String> last = new HashMap<>();
            events.subList(1, events.size()).forEach(event -> {
                JsonNode booking = LiveClient.data(event);
                last.put(booking.get("id").asString(), booking.get("status").asString());
            });
            last.forEach((id, status) -> assertThat(status).as("seed %d: %s's stream ends %s where it is", seed,
                    listener.name(), id).isEqualTo(now.get(UUID.fromString(id)).get("status")));
        }

        /** The board as the provider's stream tells it: the snapshot's jobs, plus those made available, less those gone. */
        private Set<String> board(Account provider) {
            List<ServerSentEvent<String>> events = received.get(provider);
            Set<String> board = new HashSet<>(LiveClient.itemIds(LiveClient.data(events.get(0))));
            for (ServerSentEvent<String> event : events.subList(1, events.size())) {
                JsonNode data = LiveClient.data(event);
                String id = data.get("id").asString();
                switch (event.event()) {
                    case "job.available" -> board.add(id);
                    case "job.removed", "job.updated", "job.withdrawn" -> board.remove(id);
                    default -> throw new AssertionError("no such job event: " + event.event());
                }
            }
            return board;
        }

        @Override
        public void close() {
            open.forEach(Disposable::dispose);
        }
    }
}
