package com.medondoor.auth;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.medondoor.account.ServiceType;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.InvalidRequest.FieldProblem;

/**
 * What a provider gives an administrator to check before they may see patients: a licence or
 * registration number for doctors and nurses; for couriers, an identity document and their vehicle.
 * Each is required for its service type and absent for the others. Checked here rather than by
 * annotations: what is required depends on the service type beside it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfessionalDetails(String licenceNumber, String identityDocument, String vehicle) {

    static final int MAX_NUMBER = 64;
    static final int MAX_VEHICLE = 200;

    /** The same details with surrounding spaces stripped, as they are stored. */
    ProfessionalDetails stripped() {
        return new ProfessionalDetails(strip(licenceNumber), strip(identityDocument), strip(vehicle));
    }

    /** Throws a 400 naming every field ({@code <prefix>licenceNumber}…) that does not fit the service type. */
    static void check(ProfessionalDetails details, ServiceType type, String prefix) {
        ProfessionalDetails given = details == null ? new ProfessionalDetails(null, null, null) : details;
        boolean licensed = type != ServiceType.MEDICINE_DELIVERY;
        List<FieldProblem> problems = new ArrayList<>();
        field(problems, prefix + "identityDocument", given.identityDocument, !licensed, MAX_NUMBER, type);
        field(problems, prefix + "licenceNumber", given.licenceNumber, licensed, MAX_NUMBER, type);
        field(problems, prefix + "vehicle", given.vehicle, !licensed, MAX_VEHICLE, type);
        if (!problems.isEmpty()) {
            throw InvalidRequest.of(problems);
        }
    }

    private static void field(List<FieldProblem> problems, String name, String value, boolean required, int max,
            ServiceType type) {
        if (!required && value != null) {
            problems.add(new FieldProblem(name, "must be absent for a " + type + " provider"));
        }
        else if (required && (value == null || value.isBlank())) {
            problems.add(new FieldProblem(name, "is required for a " + type + " provider"));
        }
        else if (required && value.strip().codePointCount(0, value.strip().length()) > max) {
            problems.add(new FieldProblem(name, "must be at most " + max + " characters"));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
