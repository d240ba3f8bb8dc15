package com.medondoor.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A country as ISO 3166-1 alpha-2 names it, in capitals ({@code DE}); null is left to {@code @NotNull}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = IsoCountry.Check.class)
@interface IsoCountry {

    String message() default "must be an ISO 3166-1 alpha-2 country code in capitals, such as DE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoCountry, String> {

        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

        @Override
        public boolean isValid(String country, ConstraintValidatorContext context) {
            return country == null || isCountry(country);
        }

        static boolean isCountry(String country) {
            return COUNTRIES.contains(country);
        }
    }
}
