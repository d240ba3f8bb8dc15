package com.medondoor.auth;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Counts failed logins per account and per client in PostgreSQL (Bucket4j), so the limits hold
 * across replicas. Bucket4j speaks JDBC, so its calls run on the bounded-elastic scheduler, through
 * a small pool of its own.
 */
@Component
class LoginThrottle implements DisposableBean {

    private final HikariDataSource dataSource;
    private final ProxyManager<String> buckets;
    private final LoginThrottleProperties limits;

    LoginThrottle(FlywayConnectionDetails database, LoginThrottleProperties limits) {
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.getJdbcUrl());
        dataSource.setUsername(database.getUsername());
        dataSource.setPassword(database.getPassword());
        dataSource.setMaximumPoolSize(4);
        dataSource.setMinimumIdle(0);
        dataSource.setPoolName("login-throttle");
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_throttle")
                .build();
        this.limits = limits;
    }

    /** Fails with {@link AuthProblems.TooManyAttempts} while the account or the client is locked out. */
    Mono<Void> check(String email, String client) {
        return blocking(() -> {
            long waitNanos = 0;
            for (BucketProxy bucket : buckets(email, client)) {
                var estimate = bucket.estimateAbilityToConsume(1);
                if (!estimate.canBeConsumed()) {
                    waitNanos = Math.max(waitNanos, estimate.getNanosToWaitForRefill());
                }
            }
            if (waitNanos > 0) {
                throw new AuthProblems.TooManyAttempts(Duration.ofNanos(waitNanos));
            }
            return null;
        }).then();
    }

    /** Records a failure; completes after the slowdown the account has earned. */
    Mono<Void> failed(String email, String client) {
        return blocking(() -> {
            List<BucketProxy> both = buckets(email, client);
            both.get(1).tryConsume(1);
            return both.get(0).tryConsumeAndReturnRemaining(1).getRemainingTokens();
        }).flatMap(remaining -> limits.accountFailures() - remaining > limits.slowAfter()
                ? Mono.delay(limits.slowdown()).then()
                : Mono.empty());
    }

    /** A successful login clears the account's failures (the client's stay counted). */
    Mono<Void> succeeded(String email) {
        return blocking(() -> {
            account(email).reset();
            return null;
        }).then();
    }

    private List<BucketProxy> buckets(String email, String client) {
        return List.of(account(email), buckets.getProxy("client:" + client,
                () -> limit(limits.clientFailures())));
    }

    private BucketProxy account(String email) {
        return buckets.getProxy("account:" + email, () -> limit(limits.accountFailures()));
    }

    private BucketConfiguration limit(int failures) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(failures).refillIntervally(failures, limits.window()).build())
                .build();
    }

    private static <T> Mono<T> blocking(Supplier<T> call) {
        return Mono.fromSupplier(call).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
