import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking, Page } from '@/types/api';
import { adminKeys, type BookingFilter } from '../utils/admin-keys';

export const ADMIN_BOOKINGS_PAGE_SIZE = 20;

/** Bookings across the platform, redacted like a provider's board, oldest first. */
export function getAdminBookings({ status, serviceType, waitingLongerThan, page }: BookingFilter, size = ADMIN_BOOKINGS_PAGE_SIZE) {
  return api.get<Page<Booking>>('/api/admin/bookings', { query: { status, serviceType, waitingLongerThan, page, size } });
}

export const getAdminBookingsQueryOptions = (filter: BookingFilter) =>
  queryOptions({ queryKey: adminKeys.bookingList(filter), queryFn: () => getAdminBookings(filter), placeholderData: keepPreviousData });

export function useAdminBookings(filter: BookingFilter) {
  return useQuery(getAdminBookingsQueryOptions(filter));
}
