import type { BookingStatus, ServiceType } from '@/types/api';

const SERVICE_LABELS: Record<ServiceType, string> = {
  DOCTOR_CONSULTATION: 'Doctor consultation',
  NURSE_VISIT: 'Nurse home visit',
  MEDICINE_DELIVERY: 'Medicine delivery',
};

const STATUS_LABELS: Record<BookingStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export function serviceLabel(type: ServiceType): string {
  return SERVICE_LABELS[type] ?? type;
}

export function statusLabel(status: BookingStatus): string {
  return STATUS_LABELS[status] ?? status;
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
