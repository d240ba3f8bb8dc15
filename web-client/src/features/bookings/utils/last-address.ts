import type { AddressInput } from './booking-input';

const PARTS: (keyof AddressInput)[] = ['street', 'flat', 'postcode', 'city', 'district', 'country'];

const keyFor = (userId: string) => `medondoor.last-address.${userId}`;

/**
 * The address of the patient's last booking, kept in this browser (localStorage) per account, so that
 * the next booking can start from it. Only the address: never the phone or the private notes. A browser
 * that keeps nothing (private mode, storage full or refused) simply offers nothing.
 */
export function readLastAddress(userId: string): AddressInput | null {
  try {
    const stored = JSON.parse(localStorage.getItem(keyFor(userId)) ?? 'null') as Partial<Record<string, unknown>> | null;
    if (!stored || PARTS.some((part) => typeof stored[part] !== 'string')) return null;
    return Object.fromEntries(PARTS.map((part) => [part, stored[part]])) as unknown as AddressInput;
  } catch {
    return null;
  }
}

/** Keeps the address a booking was made with (its flat optional, as sent). */
export function rememberLastAddress(userId: string, address: Omit<AddressInput, 'flat'> & { flat?: string }) {
  try {
    localStorage.setItem(keyFor(userId), JSON.stringify(Object.fromEntries(PARTS.map((part) => [part, (address[part] ?? '').trim()]))));
  } catch {
    // Not kept: the next booking starts from an empty address, as the first one did.
  }
}

export const sameAddress = (a: AddressInput, b: AddressInput) => PARTS.every((part) => a[part].trim() === b[part].trim());
