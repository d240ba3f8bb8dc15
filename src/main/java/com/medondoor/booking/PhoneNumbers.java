package com.medondoor.booking;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as Google's libphonenumber reads them, which knows every country's numbering plan. */
final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    /**
     * Digits and the marks people write between them. libphonenumber alone is lenient: it skips text
     * before the first digit and reads letters as a keypad's ("0800 FLOWERS"), so "call 3fa8 5f64" would
     * pass as a number.
     */
    private static final Pattern WRITTEN = Pattern.compile("[+0-9 ()./-]{1,40}");

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 ({@code +493012345678}) if it is written in digits and a valid one. A number
     * written without its country code is read as dialled in {@code region} (ISO 3166-1 alpha-2; null when
     * unknown, and then only a number with its country code is read).
     */
    static Optional<String> e164(String text, String region) {
        if (!WRITTEN.matcher(text).matches()) {
            return Optional.empty();
        }
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
