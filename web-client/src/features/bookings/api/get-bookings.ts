import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@/lib/api-client';
import type { Booking, Page } from '@/types/api';
import { bookingKeys, mergeLive, type LiveBookings } from '../utils/booking-cache';
import { useLiveBookings } from './bookings-stream';

export const BOOKINGS_PAGE_SIZE = 10;

export function getBookings(page: number, size = BOOKINGS_PAGE_SIZE): Promise<Page<Booking>> {
  return api.get<Page<Booking>>('/api/bookings', { query: { page, size } });
}

export const getBookingsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: bookingKeys.list(page),
    queryFn: () => getBookings(page),
    placeholderData: keepPreviousData,
  });

/** A page of the patient's bookings, newest first, with whatever the live stream has seen since. */
export function useBookings(page: number) {
  const query = useQuery(getBookingsQueryOptions(page));
  const live = useLiveBookings();
  const data = useMemo(() => mergePage(query.data, live), [query.data, live]);
  return { ...query, data };
}

function mergePage(page: Page<Booking> | undefined, live: LiveBookings | undefined): Page<Booking> | undefined {
  if (!page || !live) return page;
  return { ...page, items: page.items.map((booking) => mergeLive(booking, live)) };
}
