import type { Address, Area, BookingStatus, ServiceType, VerificationStatus } from '@/types/api';
import { countryName } from './countries';

const SERVICE_LABELS: Record<ServiceType, string> = {
  DOCTOR_CONSULTATION: 'Doctor consultation',
  NURSE_VISIT: 'Nurse home visit',
  MEDICINE_DELIVERY: 'Medicine delivery',
};

const STATUS_LABELS: Record<BookingStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EN_ROUTE: 'On the way',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
};

export function serviceLabel(type: ServiceType): string {
  return SERVICE_LABELS[type] ?? type;
}

export function statusLabel(status: BookingStatus | string): string {
  return STATUS_LABELS[status as BookingStatus] ?? status;
}

const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  UNVERIFIED: 'Awaiting verification',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
};

export function verificationLabel(status: VerificationStatus | string): string {
  return VERIFICATION_LABELS[status as VerificationStatus] ?? status;
}

/** "Kreuzberg, Berlin": the part of an address a provider sees before accepting. */
export function formatArea(area: Area | null | undefined): string {
  if (!area) return 'Area not given';
  return [area.district, area.city].filter(Boolean).join(', ');
}

/**
 * One address as lines, in the usual order: street and flat, postcode and city, district, country.
 * An address without parts (an old booking's) is its one line.
 */
export function addressLines(address: Address): string[] {
  if (!address.street) return address.line ? [address.line] : [];
  return [
    [address.street, address.flat].filter(Boolean).join(', '),
    [address.postcode, address.city].filter(Boolean).join(' '),
    address.district,
    address.country ? countryName(address.country) : '',
  ].filter(Boolean);
}

/** A booking's full address in one line: structured, or the single line of a booking made before. */
export function formatAddress(booking: { address?: Address | null; legacyAddress?: string }): string | null {
  const lines = booking.address ? addressLines(booking.address) : [];
  if (lines.length > 0) return lines.join(', ');
  return booking.legacyAddress ?? null;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A `datetime-local` value is wall-clock time without a zone; the API wants an instant. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
