package com.medondoor.admin;

import java.util.UUID;

import com.medondoor.account.CurrentUser;
import com.medondoor.account.Verification;
import com.medondoor.auth.Administrators;
import com.medondoor.auth.NewAdministrator;
import com.medondoor.auth.VerificationChange;
import com.medondoor.auth.Verifications;
import com.medondoor.system.Ids;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.PageRequest;
import com.medondoor.system.QueryParams;
import com.medondoor.system.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class AdminHandler {

    private static final int MAX_QUERY = 200;

    private final Administrators administrators;
    private final Verifications verifications;
    private final AuditLog audit;
    private final RequestBodies bodies;

    AdminHandler(Administrators administrators, Verifications verifications, AuditLog audit, RequestBodies bodies) {
        this.administrators = administrators;
        this.verifications = verifications;
        this.audit = audit;
        this.bodies = bodies;
    }

    Mono<ServerResponse> createAdmin(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bodies.read(request, NewAdministrator.class)
                        .flatMap(admin -> administrators.create(admin, caller.id())))
                // No Location: an administrator is no resource of its own here (no route reads one back).
                .flatMap(admin -> ServerResponse.status(HttpStatus.CREATED).bodyValue(admin));
    }

    Mono<ServerResponse> providers(ServerRequest request) {
        return Mono.defer(() -> verifications.providers(QueryParams.oneOf(request, "status", Verification.class), query(request), PageRequest.from(request)))
                .flatMap(found -> ServerResponse.ok().bodyValue(found));
    }

    Mono<ServerResponse> provider(ServerRequest request) {
        return Mono.defer(() -> verifications.provider(Ids.pathId(request)))
                .flatMap(found -> ServerResponse.ok().bodyValue(found));
    }

    Mono<ServerResponse> approve(ServerRequest request) {
        return change(request, VerificationChange.APPROVE);
    }

    Mono<ServerResponse> reject(ServerRequest request) {
        return change(request, VerificationChange.REJECT);
    }

    Mono<ServerResponse> suspend(ServerRequest request) {
        return change(request, VerificationChange.SUSPEND);
    }

    Mono<ServerResponse> reinstate(ServerRequest request) {
        return change(request, VerificationChange.REINSTATE);
    }

    Mono<ServerResponse> audit(ServerRequest request) {
        return Mono.defer(() -> audit.entries(request.queryParam("subject").map(AdminHandler::subject).orElse(null),
                        PageRequest.from(request)))
                .flatMap(entries -> ServerResponse.ok().bodyValue(entries));
    }

    private Mono<ServerResponse> change(ServerRequest request, VerificationChange change) {
        return CurrentUser.of(request)
                .flatMap(caller -> Mono.defer(() -> bodies.read(request, VerificationDecision.class)
                        .flatMap(decision -> verifications.change(Ids.pathId(request), change, caller.id(),
                                decision.reason().strip()))))
                .flatMap(changed -> ServerResponse.ok().bodyValue(changed));
    }

    private static String query(ServerRequest request) {
        String query = request.queryParam("q").map(String::strip).filter(q -> !q.isEmpty()).orElse(null);
        if (query != null && query.length() > MAX_QUERY) {
            throw InvalidRequest.of("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (query != null && query.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidRequest.of("q", "must not contain control characters");
        }
        return query;
    }

    private static UUID subject(String raw) {
        try {
            UUID id = UUID.fromString(raw);
            if (id.toString().equalsIgnoreCase(raw)) {
                return id;
            }
        }
        catch (IllegalArgumentException e) {
            // answered below
        }
        throw InvalidRequest.of("subject", "must be a UUID");
    }
}
