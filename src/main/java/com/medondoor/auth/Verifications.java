package com.medondoor.auth;

import java.util.UUID;

import com.medondoor.account.Verification;
import com.medondoor.booking.JobReleases;
import com.medondoor.job.Duties;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Administrators verifying providers: the queue and the search, and each change of a provider's
 * verification, decided by one conditional statement that also writes its audit entry. Suspending a
 * provider also puts the jobs they had accepted back in the pool, in the same transaction, and then
 * ends their shift.
 */
@Service
public class Verifications {

    private static final Logger log = LoggerFactory.getLogger(Verifications.class);

    private final VerificationRepository providers;
    private final UserViews views;
    private final JobReleases releases;
    private final Duties duties;

    Verifications(VerificationRepository providers, UserViews views, JobReleases releases, Duties duties) {
        this.providers = providers;
        this.views = views;
        this.releases = releases;
        this.duties = duties;
    }

    /** Providers in the status (any, if null) matching {@code query} (anything, if null), oldest change first. */
    public Mono<Page<UserView>> providers(Verification status, String query, PageRequest page) {
        return providers.find(status, query, page).flatMapSequential(views::of).collectList()
                .zipWith(providers.count(status, query), (items, total) -> Page.of(items, page, total));
    }

    public Mono<UserView> provider(UUID id) {
        return providers.findProvider(id)
                .switchIfEmpty(Mono.error(AuthProblems.ProviderNotFound::new))
                .flatMap(views::of);
    }

    /** The provider after the change; 404 when there is no such provider, 409 when their status does not fit. */
    public Mono<UserView> change(UUID id, VerificationChange change, UUID actor, String reason) {
        Mono<User> changed = providers.change(id, change, actor, reason);
        if (change == VerificationChange.SUSPEND) {
            // The shift ends once the jobs are released, in a statement of its own after their
            // transaction: meanwhile the suspended provider can take no job, whatever their shift says.
            changed = releases.afterChange(changed, id, actor, JobReleases.PROVIDER_SUSPENDED)
                    .flatMap(suspended -> duties.endShift(id).thenReturn(suspended));
        }
        return changed
                .switchIfEmpty(Mono.defer(() -> providers.findProvider(id)
                        .switchIfEmpty(Mono.error(AuthProblems.ProviderNotFound::new))
                        .flatMap(provider -> Mono.error(refusal(change, provider.standing().status())))))
                .<User>handle((provider, next) -> {
                    log.info("Administrator {} {} provider {}", actor, change.done, provider.id());
                    next.next(provider);
                })
                .flatMap(views::of);
    }

    private static AuthProblems.WrongVerificationStatus refusal(VerificationChange change, Verification current) {
        return new AuthProblems.WrongVerificationStatus(current, "Only a " + change.from + " provider can be "
                + change.done + "; this one is " + current + ".");
    }
}
