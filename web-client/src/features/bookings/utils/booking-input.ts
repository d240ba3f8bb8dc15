import { isKnownTimeZone, zonedDate, zonedTimeToInstant } from '@/lib/time-zone';
import type { CreateBookingInput } from '../api/create-booking';

/** The address as the form holds it: every part a string, the flat empty when there is none. */
export interface AddressInput {
  street: string;
  flat: string;
  postcode: string;
  city: string;
  district: string;
  country: string;
}

export const EMPTY_ADDRESS: Omit<AddressInput, 'country'> = { street: '', flat: '', postcode: '', city: '', district: '' };

// The service's rules (CreateBookingRequest, PhoneNumbers), checked here first so that nobody waits for a
// refusal; the service has the last word, and parses the number itself (libphonenumber).
const PHONE_CHARACTERS = /^[+0-9 ()./-]{1,40}$/;
// Java's \p{Alnum}: ASCII letters and digits.
const POSTCODE = /^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,14}[A-Za-z0-9])?$/;
const LONGEST = { street: 200, flat: 50, city: 100, district: 100 } as const;

export function checkPhone(phone: string): string | false {
  const trimmed = phone.trim();
  if (!trimmed) return 'Enter a phone number the provider can call.';
  if (trimmed.length > 40) return 'Keep the phone number to 40 characters.';
  return !PHONE_CHARACTERS.test(trimmed) && 'Write the phone number in digits, like +49 30 1234567; spaces, brackets, dots, slashes and hyphens may go between them.';
}

const tooLong = (value: string, part: keyof typeof LONGEST) => value.trim().length > LONGEST[part] && `Keep it to ${LONGEST[part]} characters.`;

// As the service has it: a street names some letter or digit, a city and a district some letter, in any script.
const SOME_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SOME_LETTER = /\p{L}/u;

/** Messages under the names the API gives the fields (`address.street`…), so that both land alike. */
export function checkAddress(address: AddressInput): Record<string, string | false> {
  const postcode = address.postcode.trim();
  return {
    'address.street': !address.street.trim()
      ? 'Enter the street and house number.'
      : !SOME_LETTER_OR_DIGIT.test(address.street)
        ? 'Write the street and house number in letters and digits.'
        : tooLong(address.street, 'street'),
    'address.flat': tooLong(address.flat, 'flat'),
    'address.postcode': !postcode
      ? 'Enter the postcode.'
      : !POSTCODE.test(postcode) && 'Write the postcode with letters and digits only (spaces and hyphens may go between them), at most 16 characters.',
    'address.city': !address.city.trim() ? 'Enter the city.' : !SOME_LETTER.test(address.city) ? 'Write the name of the city.' : tooLong(address.city, 'city'),
    'address.district': !address.district.trim()
      ? 'Enter the district.'
      : !SOME_LETTER.test(address.district)
        ? 'Write the name of the district.'
        : tooLong(address.district, 'district'),
    'address.country': !address.country && 'Choose the country.',
  };
}

/** Trimmed, and without a flat when none was given. */
export function addressBody({ flat, ...rest }: AddressInput): CreateBookingInput['address'] {
  const trimmed = { ...rest };
  for (const key of Object.keys(trimmed) as (keyof typeof trimmed)[]) trimmed[key] = trimmed[key].trim();
  return flat.trim() ? { ...trimmed, flat: flat.trim() } : trimmed;
}

/** When the visit is to happen, as the form holds it: wall-clock times in `timeZone`. */
export interface WhenInput {
  asap: boolean;
  /** YYYY-MM-DD, HH:mm and HH:mm (the end may be left empty: the service makes the window 2 hours). */
  date: string;
  from: string;
  to: string;
  timeZone: string;
}

/** How far ahead a window may start: the service's default (medondoor.bookings.furthest-ahead). */
export const FURTHEST_AHEAD_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day a window may be on, on the zone's clocks (for the date field's `max`). */
export const lastBookableDay = (zone: string, now = Date.now()) => zonedDate(now + FURTHEST_AHEAD_DAYS * DAY_MS, zone);

/** The window as instants, or a message per field (`date`, `from`, `to`, `timeZone`) saying what is wrong. */
export function readWhen(when: WhenInput, now = Date.now()): { errors: Record<string, string | false>; body: Pick<CreateBookingInput, 'windowStart' | 'windowEnd' | 'timeZone'> } {
  const zoneError = !isKnownTimeZone(when.timeZone) && 'Choose a time zone from the list, such as Europe/Berlin.';
  if (when.asap || zoneError) return { errors: { timeZone: zoneError }, body: { timeZone: when.timeZone } };
  const start = zonedTimeToInstant(when.date, when.from, when.timeZone);
  const end = when.to ? zonedTimeToInstant(when.date, when.to, when.timeZone) : null;
  const errors = {
    date: !when.date
      ? 'Choose the day of the visit.'
      : (when.date > lastBookableDay(when.timeZone, now) || Boolean(start && start.getTime() > now + FURTHEST_AHEAD_DAYS * DAY_MS)) &&
        `Choose a day at most ${FURTHEST_AHEAD_DAYS} days ahead.`,
    from: !when.from ? 'Enter the earliest time the provider may come.' : Boolean(start && start.getTime() < now) && 'Choose a time from now on.',
    to: Boolean(start && end && end <= start) && 'End the window after it starts.',
  };
  return {
    errors,
    body: { timeZone: when.timeZone, ...(start ? { windowStart: start.toISOString() } : {}), ...(end ? { windowEnd: end.toISOString() } : {}) },
  };
}
