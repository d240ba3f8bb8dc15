package com.medondoor.job;

import java.util.UUID;

import com.medondoor.account.Accounts;
import com.medondoor.account.Provider;
import com.medondoor.account.Verification;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Providers' shifts: going on and off duty, and what a shift allows. */
@Service
public class Duties {

    private final DutyRepository duties;
    private final Accounts accounts;
    private final DutyProperties properties;

    Duties(DutyRepository duties, Accounts accounts, DutyProperties properties) {
        this.duties = duties;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** The provider's shift; a provider who never went on duty is off duty, holding nothing. */
    public Mono<Duty> of(UUID provider) {
        return provider(provider).flatMap(found -> duties.find(provider)
                .defaultIfEmpty(new Duty(false, properties.capacityOf(found.serviceType()), 0)));
    }

    /** Only a verified provider goes on duty; anyone goes off it, keeping the visits they hold. */
    Mono<Duty> set(UUID provider, boolean onDuty) {
        return provider(provider).flatMap(found -> onDuty && !found.verified()
                ? Mono.error(new ProviderNotVerified(found.verification()))
                : duties.set(provider, onDuty, properties.capacityOf(found.serviceType())));
    }

    /**
     * Ends the provider's shift, if they are on one: for a provider who may no longer take jobs (a
     * suspension), so that being reinstated does not put them back on duty unasked.
     */
    public Mono<Void> endShift(UUID provider) {
        return duties.endShift(provider);
    }

    private Mono<Provider> provider(UUID id) {
        return accounts.provider(id).switchIfEmpty(Mono.error(() -> new ProviderNotVerified(Verification.UNVERIFIED)));
    }
}
