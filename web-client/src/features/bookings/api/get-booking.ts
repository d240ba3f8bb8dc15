import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { bookingKeys, mergeLive } from '../utils/booking-cache';
import { useLiveBookings } from './bookings-stream';

export function getBooking(id: string): Promise<Booking> {
  return api.get<Booking>(`/api/bookings/${encodeURIComponent(id)}`);
}

export const getBookingQueryOptions = (id: string) => queryOptions({ queryKey: bookingKeys.detail(id), queryFn: () => getBooking(id) });

export function useBooking(id: string) {
  const query = useQuery(getBookingQueryOptions(id));
  const live = useLiveBookings();
  const data = useMemo(() => (query.data ? mergeLive(query.data, live) : undefined), [query.data, live]);
  return { ...query, data };
}
