import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@/lib/api-client';
import type { Booking, Page } from '@/types/api';
import { bookingKeys, mergeLive, type LiveBookings } from '../utils/booking-cache';
import { useLiveBookings } from './bookings-stream';

export const BOOKINGS_PAGE_SIZE = 10;
/** The unfinished bookings come at once (the API's largest page): a patient has few under way, and all show first. */
export const UNFINISHED_AT_ONCE = 100;

/** GET /api/bookings' filter: the bookings not yet over, or those that are. */
export type BookingFilter = 'UNFINISHED' | 'FINISHED';

export function getBookings(status: BookingFilter, page: number, size: number): Promise<Page<Booking>> {
  return api.get<Page<Booking>>('/api/bookings', { query: { status, page, size } });
}

export const getBookingsQueryOptions = (status: BookingFilter, page: number) =>
  queryOptions({
    queryKey: bookingKeys.list(status, page),
    queryFn: () => getBookings(status, page, status === 'UNFINISHED' ? UNFINISHED_AT_ONCE : BOOKINGS_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });

export interface PatientBookingPages {
  unfinished: Page<Booking>;
  finished: Page<Booking>;
}

/**
 * The patient's unfinished bookings, all of them, and a page of the finished ones, newest first, each
 * with whatever the live stream has seen since.
 */
export function useBookings(finishedPage: number) {
  const unfinished = useQuery(getBookingsQueryOptions('UNFINISHED', 0));
  const finished = useQuery(getBookingsQueryOptions('FINISHED', finishedPage));
  const live = useLiveBookings();
  const data = useMemo<PatientBookingPages | undefined>(
    () => (unfinished.data && finished.data ? { unfinished: mergePage(unfinished.data, live), finished: mergePage(finished.data, live) } : undefined),
    [unfinished.data, finished.data, live],
  );
  return {
    data,
    isPending: unfinished.isPending || finished.isPending,
    isError: unfinished.isError || finished.isError,
    error: unfinished.error ?? finished.error,
  };
}

function mergePage(page: Page<Booking>, live: LiveBookings | undefined): Page<Booking> {
  if (!live) return page;
  return { ...page, items: page.items.map((booking) => mergeLive(booking, live)) };
}
