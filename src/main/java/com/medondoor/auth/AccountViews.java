package com.medondoor.auth;

import com.medondoor.account.CurrentUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A user as {@code GET /api/me} shows them, for the features that show it elsewhere: the live account
 * stream ({@code GET /api/me/stream}) sends it again after each change of the account. Only auth reads
 * {@code users}, so other features ask here. The view's type stays auth's own: it is only written as JSON.
 */
@Component
public class AccountViews {

    private final AuthService auth;

    AccountViews(AuthService auth) {
        this.auth = auth;
    }

    /** The user's view as it is now; an error, as {@code GET /api/me} answers 401, once there is no such user. */
    public Mono<?> of(CurrentUser user) {
        return auth.me(user);
    }
}
