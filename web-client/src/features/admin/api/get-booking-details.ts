import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';

/** The booking with the patient's private details; the service records the read in the audit log. */
export function getBookingDetails(id: string): Promise<Booking> {
  return api.get<Booking>(`/api/admin/bookings/${encodeURIComponent(id)}`);
}

/**
 * Fetched only once the administrator asks (`enabled`), and never again by itself: every read is an
 * audited action, so no focus or interval refetch may add rows to the log.
 */
export function useBookingDetails(id: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.bookingDetails(id),
    queryFn: () => getBookingDetails(id),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}
