import { isKnownTimeZone, zonedTimeToInstant } from '@/lib/time-zone';
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

// Only a first check: the service parses the number (libphonenumber) and has the last word.
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

export function checkPhone(phone: string): string | false {
  if (!phone.trim()) return 'Enter a phone number the provider can call.';
  return !PHONE_CHARACTERS.test(phone.trim()) && 'Use digits, spaces and an optional leading +.';
}

/** Messages under the names the API gives the fields (`address.street`…), so that both land alike. */
export function checkAddress(address: AddressInput): Record<string, string | false> {
  return {
    'address.street': !address.street.trim() && 'Enter the street and house number.',
    'address.postcode': !address.postcode.trim() && 'Enter the postcode.',
    'address.city': !address.city.trim() && 'Enter the city.',
    'address.district': !address.district.trim() && 'Enter the district.',
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

/** The window as instants, or a message per field (`date`, `from`, `to`, `timeZone`) saying what is wrong. */
export function readWhen(when: WhenInput, now = Date.now()): { errors: Record<string, string | false>; body: Pick<CreateBookingInput, 'windowStart' | 'windowEnd' | 'timeZone'> } {
  const zoneError = !isKnownTimeZone(when.timeZone) && 'Choose a time zone from the list, such as Europe/Berlin.';
  if (when.asap || zoneError) return { errors: { timeZone: zoneError }, body: { timeZone: when.timeZone } };
  const start = zonedTimeToInstant(when.date, when.from, when.timeZone);
  const end = when.to ? zonedTimeToInstant(when.date, when.to, when.timeZone) : null;
  const errors = {
    date: !when.date && 'Choose the day of the visit.',
    from: !when.from ? 'Enter the earliest time the provider may come.' : Boolean(start && start.getTime() < now) && 'Choose a time from now on.',
    to: Boolean(start && end && end <= start) && 'End the window after it starts.',
  };
  return {
    errors,
    body: { timeZone: when.timeZone, ...(start ? { windowStart: start.toISOString() } : {}), ...(end ? { windowEnd: end.toISOString() } : {}) },
  };
}
