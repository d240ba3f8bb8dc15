import type { Address, Area, Booking, BookingStatus, ServiceType, VerificationStatus } from '@/types/api';
import { countryName } from './countries';
import { browserTimeZone } from './time-zone';

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

/** "Nurse home visit in Mitte, Berlin": how a visit is named before its address is known. */
export function visitLabel(booking: Pick<Booking, 'serviceType' | 'area'>): string {
  return `${serviceLabel(booking.serviceType)} in ${formatArea(booking.area)}`;
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

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter in the reader's language, made once per kind and zone. */
function format(kind: 'date-time' | 'visit', zone?: string): Intl.DateTimeFormat {
  const key = `${kind}|${zone ?? ''}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      undefined,
      kind === 'visit'
        ? { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }
        : { dateStyle: 'medium', timeStyle: 'short', timeZone: zone },
    );
    formats.set(key, found);
  }
  return found;
}

/** " (Europe/Lisbon)" when the times are on another zone's clocks than the reader's, else nothing. */
function zoneSuffix(zone: string | undefined): string {
  return zone && zone !== browserTimeZone() ? ` (${zone})` : '';
}

function valid(iso: string | null | undefined): Date | null {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * A date and time: in the reader's zone, or with `zone` (a booking's) on that zone's clocks, naming it
 * when it is not the reader's.
 */
export function formatDateTime(iso: string | null | undefined, zone?: string): string {
  const date = valid(iso);
  if (!date) return iso ?? '';
  return format('date-time', zone).format(date) + zoneSuffix(zone);
}

/** A moment of a visit ("Thu 4 Dec, 14:20") on the clocks of its zone, naming the zone when it is not the reader's. */
export function formatVisitTime(iso: string | null | undefined, zone: string): string {
  const date = valid(iso);
  if (!date) return iso ?? '';
  return format('visit', zone).format(date) + zoneSuffix(zone);
}

/** When a visit is to happen: "As soon as possible", or its window, "Thu 4 Dec, 14:00–16:00 (Europe/Lisbon)". */
export function formatWhen(booking: Pick<Booking, 'windowStart' | 'windowEnd' | 'timeZone'>): string {
  const start = valid(booking.windowStart);
  if (!start) return 'As soon as possible';
  const end = valid(booking.windowEnd);
  const text = end ? format('visit', booking.timeZone).formatRange(start, end) : format('visit', booking.timeZone).format(start);
  return text + zoneSuffix(booking.timeZone);
}

const MINUTE = 60_000;

/** A span in words as people say it: "40 min", "2 h 15 min", "5 h", "3 days", "4 months", "5 years". */
function span(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 3 && minutes % 60 !== 0) return `${hours} h ${minutes % 60} min`;
  if (hours < 48) return `${Math.round(minutes / 60)} h`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days} days`;
  const months = Math.round(days / 30.44);
  return months < 24 ? `${months} months` : `${Math.round(days / 365.25)} years`;
}

/** A moment relative to `now`: "just now", "in 40 min", "5 min ago", "in 3 days". */
export function formatRelative(iso: string | null | undefined, now: number): string {
  const date = valid(iso);
  if (!date) return '';
  const ms = date.getTime() - now;
  if (Math.abs(ms) < MINUTE) return 'just now';
  return ms > 0 ? `in ${span(ms)}` : `${span(-ms)} ago`;
}
