package com.medondoor.admin;

import java.util.UUID;

import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What administrators did, as they read it back. Each action writes its own entry, in the same statement
 * or transaction as the action: verifications and new administrators in {@code auth}.
 */
@Service
class AuditLog {

    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    /** Entries about {@code subject} (all, if null), newest first. */
    Mono<Page<AuditEntry>> entries(UUID subject, PageRequest page) {
        return entries.find(subject, page).collectList()
                .zipWith(entries.count(subject), (items, total) -> Page.of(items, page, total));
    }
}
