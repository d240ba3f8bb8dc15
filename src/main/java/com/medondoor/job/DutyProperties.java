package com.medondoor.job;

import java.util.EnumMap;
import java.util.Map;

import com.medondoor.account.ServiceType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duty settings ({@code medondoor.duty.*}).
 *
 * @param capacity how many visits a provider of each service type may hold at once (accepted, on the way
 *        or in progress); a provider's capacity is fixed when their shift starts. Unset types take the
 *        defaults: 1 for doctors and nurses, 3 for medicine delivery.
 */
@ConfigurationProperties("medondoor.duty")
record DutyProperties(Map<ServiceType, Integer> capacity) {

    private static final Map<ServiceType, Integer> DEFAULTS = Map.of(ServiceType.DOCTOR_CONSULTATION, 1,
            ServiceType.NURSE_VISIT, 1, ServiceType.MEDICINE_DELIVERY, 3);

    DutyProperties {
        Map<ServiceType, Integer> merged = new EnumMap<>(DEFAULTS);
        if (capacity != null) {
            merged.putAll(capacity);
        }
        merged.forEach((type, visits) -> {
            if (visits == null || visits < 1) {
                throw new IllegalArgumentException("medondoor.duty.capacity." + type.name().toLowerCase().replace('_', '-')
                        + " must be at least 1");
            }
        });
        capacity = Map.copyOf(merged);
    }

    int capacityOf(ServiceType type) {
        return capacity.get(type);
    }
}
