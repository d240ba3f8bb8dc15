package com.medondoor.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Thrown at start when neither a database is configured nor an embedded one is available. */
class DatabaseNotConfigured extends RuntimeException {

    DatabaseNotConfigured() {
        super("No database is configured");
    }

    /** Turns the failure into a short message instead of a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<DatabaseNotConfigured> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfigured cause) {
            return new FailureAnalysis(
                    "MedOnDoor needs a PostgreSQL database and none is configured. The production build never "
                            + "starts an embedded one.",
                    "Set spring.r2dbc.url (for example r2dbc:postgresql://db:5432/medondoor), "
                            + "spring.r2dbc.username and spring.r2dbc.password, or the environment variables "
                            + "SPRING_R2DBC_URL, SPRING_R2DBC_USERNAME and SPRING_R2DBC_PASSWORD. Flyway uses the "
                            + "same server unless spring.flyway.url is set.",
                    cause);
        }
    }
}
