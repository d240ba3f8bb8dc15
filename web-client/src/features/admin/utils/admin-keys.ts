import type { BookingStatus, ServiceType, VerificationStatus } from '@/types/api';

export interface ProviderFilter {
  status?: VerificationStatus;
  q?: string;
  page: number;
}

export interface BookingFilter {
  status?: BookingStatus;
  serviceType?: ServiceType;
  /** An ISO 8601 duration, e.g. PT30M: only bookings older than that. */
  waitingLongerThan?: string;
  page: number;
}

/** Query keys of the console, in one place so that actions and the stream patch the same entries. */
export const adminKeys = {
  all: ['admin'] as const,
  providers: () => ['admin', 'providers'] as const,
  providerList: (filter: ProviderFilter) => ['admin', 'providers', 'list', filter] as const,
  bookings: () => ['admin', 'bookings'] as const,
  bookingList: (filter: BookingFilter) => ['admin', 'bookings', 'list', filter] as const,
  // Private details, fetched only when an administrator asks (each read is audited).
  bookingDetails: (id: string) => ['admin', 'booking-details', id] as const,
  waiting: () => ['admin', 'waiting'] as const,
  overdue: () => ['admin', 'overdue'] as const,
  overduePage: (page: number) => ['admin', 'overdue', page] as const,
  audit: () => ['admin', 'audit'] as const,
  auditPage: (page: number, subject?: string) => ['admin', 'audit', { page, subject }] as const,
};
