package com.medondoor.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A booking's phone is a valid number ({@link PhoneNumbers}), written with its country code or as dialled
 * in the address's country. On the request as a whole, since it reads two fields; the error names
 * {@code phone}. A missing phone is left to {@code @NotBlank}, and the phone is checked only once the
 * address has a country: until then the country's error is the one to fix, and the phone could not be
 * read as dialled there anyway.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = ContactPhone.Check.class)
@interface ContactPhone {

    String MESSAGE = "must be a valid phone number, with its country code (+49 30 1234567) or as dialled in "
            + "the address's country";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ContactPhone, CreateBookingRequest> {

        @Override
        public boolean isValid(CreateBookingRequest request, ConstraintValidatorContext context) {
            String region = request.address() == null ? null : request.address().country();
            if (request.phone() == null || request.phone().isBlank() || region == null
                    || !IsoCountry.Check.isCountry(region)) {
                return true;
            }
            if (PhoneNumbers.e164(request.phone(), region).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(MESSAGE).addPropertyNode("phone").addConstraintViolation();
            return false;
        }
    }
}
