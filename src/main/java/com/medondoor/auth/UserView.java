package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.rating.RatingSummary;

/** A user as the API shows it: never the password hash. A provider's carries its rating summary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(UUID id, String name, String email, Role role, ServiceType serviceType, RatingSummary rating,
        Instant createdAt) {

    static UserView of(User user, RatingSummary rating) {
        return new UserView(user.id(), user.name(), user.email(), user.role(), user.serviceType(), rating,
                user.createdAt());
    }
}
