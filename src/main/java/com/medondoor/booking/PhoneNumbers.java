package com.medondoor.booking;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as Google's libphonenumber reads them, which knows every country's numbering plan. */
final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 ({@code +493012345678}) if it is a valid one. A number written without its
     * country code is read as dialled in {@code region} (ISO 3166-1 alpha-2; null when unknown, and then
     * only a number with its country code is read).
     */
    static Optional<String> e164(String text, String region) {
        try {
            PhoneNumber number = NUMBERS.parse(text, region);
            return NUMBERS.isValidNumber(number)
                    ? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        }
        catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
