package com.medondoor.auth;

import com.medondoor.system.ExpiredRowsWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Sessions a day past their absolute end: no token of theirs renews or verifies any more. */
@Repository
class ExpiredSessions extends ExpiredRowsWhere {

    ExpiredSessions(DatabaseClient db) {
        super(db, "sessions", "expires_at < now() - interval '1 day'");
    }
}
