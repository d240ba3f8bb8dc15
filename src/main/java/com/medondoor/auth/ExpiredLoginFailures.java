package com.medondoor.auth;

import com.medondoor.system.ExpiredRowsWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Failed-login counters whose window has ended: they no longer count (see {@link LoginFailures}). */
@Repository
class ExpiredLoginFailures extends ExpiredRowsWhere {

    ExpiredLoginFailures(DatabaseClient db) {
        super(db, "login_failures", "window_ends < now()");
    }
}
