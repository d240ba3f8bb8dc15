package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.rating.RatingSummary;

/**
 * A user as the API shows it: never the password hash. A provider's carries its rating summary, its
 * verification and its professional details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(UUID id, String name, String email, Role role, ServiceType serviceType, RatingSummary rating,
        VerificationView verification, ProfessionalDetails professional, Instant createdAt) {

    static UserView of(User user, RatingSummary rating) {
        User.Standing standing = user.standing();
        return new UserView(user.id(), user.name(), user.email(), user.role(), user.serviceType(), rating,
                standing == null ? null : new VerificationView(standing.status(), standing.reason(), standing.changedAt()),
                user.professional(), user.createdAt());
    }

    /** A provider's verification: its status, the administrator's reason (or null), and since when. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VerificationView(Verification status, String reason, Instant changedAt) {
    }
}
