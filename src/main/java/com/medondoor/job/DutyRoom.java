package com.medondoor.job;

import io.r2dbc.postgresql.api.PostgresqlException;

/** The database's refusal of a visit its provider has no room for (migration V14's trigger). */
final class DutyRoom {

    private static final String CONSTRAINT = "provider_duty_room";

    private DutyRoom() {
    }

    /** Whether {@code failure}, or what caused it, is that refusal. */
    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PostgresqlException postgres
                    && CONSTRAINT.equals(postgres.getErrorDetails().getConstraintName().orElse(null))) {
                return true;
            }
        }
        return false;
    }
}
