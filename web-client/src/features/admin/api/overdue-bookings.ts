import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking, Page } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';

export const OVERDUE_PAGE_SIZE = 20;

/** Visits still in a provider's hands well past their time, most overdue first, without private details. */
export function getOverdueBookings(page: number, size = OVERDUE_PAGE_SIZE): Promise<Page<Booking>> {
  return api.get<Page<Booking>>('/api/admin/bookings/overdue', { query: { page, size } });
}

/** Fetched every minute too: a visit becomes overdue without any event, and only the service knows the limit. */
export const getOverdueBookingsQueryOptions = (page: number) =>
  queryOptions({ queryKey: adminKeys.overduePage(page), queryFn: () => getOverdueBookings(page), placeholderData: keepPreviousData, refetchInterval: 60_000 });

export function useOverdueBookings(page: number) {
  return useQuery(getOverdueBookingsQueryOptions(page));
}

/** A change of a listed visit (its provider arrived, or completed it) may take it off the list: fetched again. */
export function refreshOverdueOn(queryClient: QueryClient, booking: Booking) {
  const listed = queryClient.getQueriesData<Page<Booking>>({ queryKey: adminKeys.overdue() }).some(([, page]) => page?.items.some((item) => item.id === booking.id));
  if (listed) void queryClient.invalidateQueries({ queryKey: adminKeys.overdue() });
}
