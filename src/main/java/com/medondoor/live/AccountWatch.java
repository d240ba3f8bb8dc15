package com.medondoor.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.medondoor.account.CurrentUser;
import com.medondoor.system.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows the accounts of this replica's open account and job streams ({@link FollowedAccount}), so that a
 * change of a provider's verification reaches their pages within a second on every replica. Migration V12
 * notifies {@code account_changes} with the account's id when it commits one; the notification asks that
 * account for a read. Notifications are best-effort, so every reconnection of the listener asks every
 * followed account (those sent meanwhile were lost), and every {@code pollInterval} one query finds the
 * followed accounts whose status is no longer the one last read (a LISTEN connection that dies silently
 * is only noticed at its next check, seconds later): one query for all of them, never one per stream.
 */
@Component
class AccountWatch extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(AccountWatch.class);

    private final EventListener listener;
    private final AccountStatuses statuses;
    private final AccountReads reads;
    private final LiveProperties properties;
    private final Map<UUID, FollowedAccount> followed = new ConcurrentHashMap<>();

    AccountWatch(EventListener listener, AccountStatuses statuses, AccountReads reads, LiveProperties properties) {
        this.listener = listener;
        this.statuses = statuses;
        this.reads = reads;
        this.properties = properties;
    }

    /**
     * Whether a provider with this status loses the job stream they hold. The job board is for VERIFIED
     * providers, and a VERIFIED provider can only become SUSPENDED; REJECTED is there for a provider
     * who was let in unverified. UNVERIFIED is left alone: nobody becomes so while holding a stream the
     * verification gate let them open (until that gate was built, every provider was UNVERIFIED).
     */
    static boolean endsJobStream(String status) {
        return "SUSPENDED".equals(status) || "REJECTED".equals(status);
    }

    /**
     * Follows the stream's account until the returned disposable is disposed. The stream is served by a
     * read of the account begun after this call: it misses no change committed before it.
     */
    Disposable follow(LiveStream stream, CurrentUser account) {
        FollowedAccount follow = followed.compute(account.id(), (id, existing) -> {
            FollowedAccount current = existing != null ? existing : new FollowedAccount(account, reads);
            current.add(stream);
            return current;
        });
        follow.check();
        return () -> followed.computeIfPresent(account.id(), (id, current) -> current.remove(stream) ? null : current);
    }

    @Override
    protected Disposable run() {
        return Disposables.composite(
                listener.accountChanges().subscribe(this::changed),
                listener.wakeUps().filter(EventListener.CONNECTED::equals).subscribe(connected -> refreshAll()),
                Flux.interval(properties.pollInterval())
                        .onBackpressureDrop()
                        .concatMap(tick -> poll(), 1)
                        .subscribe());
    }

    private void changed(String payload) {
        UUID account;
        try {
            account = UUID.fromString(payload);
        }
        catch (IllegalArgumentException notOurs) {
            log.warn("Unreadable account change notification; reading every followed account");
            refreshAll();
            return;
        }
        FollowedAccount follow = followed.get(account);
        if (follow != null) {
            follow.changed();
        }
    }

    private void refreshAll() {
        followed.values().forEach(FollowedAccount::changed);
    }

    /**
     * Those whose status is not known (not read yet, or the read failed) are read again, the others
     * compared in one query.
     */
    private Mono<Void> poll() {
        List<UUID> accounts = new ArrayList<>();
        List<String> known = new ArrayList<>();
        followed.forEach((account, follow) -> {
            String status = follow.status();
            if (status == null) {
                follow.check();
            }
            else {
                accounts.add(account);
                known.add(status);
            }
        });
        if (accounts.isEmpty()) {
            return Mono.empty();
        }
        return statuses.changedAmong(accounts.toArray(UUID[]::new), known.toArray(String[]::new))
                .doOnNext(account -> {
                    FollowedAccount follow = followed.get(account);
                    if (follow != null) {
                        follow.changed();
                    }
                })
                .then()
                .onErrorResume(failure -> {
                    log.warn("Could not check the followed accounts: {}", failure.toString());
                    return Mono.empty();
                });
    }
}
