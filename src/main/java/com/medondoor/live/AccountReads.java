package com.medondoor.live;

import java.util.UUID;

import com.medondoor.account.CurrentUser;
import com.medondoor.auth.AccountViews;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** What {@link FollowedAccount} reads of its account: its verification status, and its view as a frame. */
@Component
class AccountReads {

    /** The event of a changed account: the user as {@code GET /api/me} shows them. */
    static final String UPDATED = "account.updated";

    private final AccountStatuses statuses;
    private final AccountViews views;
    private final JsonMapper json;

    AccountReads(AccountStatuses statuses, AccountViews views, JsonMapper json) {
        this.statuses = statuses;
        this.views = views;
        this.json = json;
    }

    /** The account's verification status; {@link AccountStatuses#NONE} when it has none. */
    Mono<String> status(UUID account) {
        return statuses.of(account);
    }

    /**
     * The {@code account.updated} frame of the account as it is now, encoded once for all its streams. It
     * has no {@code id:} line: on a job stream it must not move the client's Last-Event-ID.
     */
    Mono<Frame> update(CurrentUser account) {
        return views.of(account).map(view -> Frame.event(UPDATED, json.writeValueAsString(view)));
    }
}
