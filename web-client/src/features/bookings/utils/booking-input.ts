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
