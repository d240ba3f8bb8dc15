package com.medondoor.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * One administrator's action as the audit log shows it: who ({@code null}: the service itself, such as
 * the first administrator from configuration), what, on whom, why and when.
 */
record AuditEntry(long id, Actor actor, String action, UUID subjectId, String reason, Instant occurredAt) {

    record Actor(UUID id, String name) {
    }
}
