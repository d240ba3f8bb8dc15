import { skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useEventStream } from '@/hooks/use-event-stream';
import { api } from '@/lib/api-client';
import type { SseEvent } from '@/lib/sse-parser';
import type { Booking, Page } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';
import { refreshOverdueOn } from './overdue-bookings';
import { applyWaitingUpdate, itemsOf, mergeWaiting, setWaiting, waitingLiveKey, type LiveWaiting } from '../utils/waiting-cache';

export const ADMIN_BOOKINGS_STREAM_URL = '/api/admin/bookings/stream';

/** PENDING bookings older than the service's "waiting too long", oldest first. */
export async function getWaitingBookings(): Promise<Booking[]> {
  return itemsOf(await api.get<Booking[] | Page<Booking>>('/api/admin/bookings/waiting'));
}

/**
 * The waiting list, live. Fetched on opening and every 30 seconds (a booking crosses the threshold
 * without any event), re-filled by each snapshot of the stream and patched by its events.
 */
export function useWaitingBookings() {
  const query = useQuery({ queryKey: adminKeys.waiting(), queryFn: getWaitingBookings, refetchInterval: 30_000 });
  const live = useQuery<LiveWaiting>({ queryKey: waitingLiveKey, queryFn: skipToken, staleTime: Infinity }).data;
  const data = useMemo(() => (query.data ? mergeWaiting(query.data, live) : undefined), [query.data, live]);
  return { ...query, data };
}

export function applyAdminBookingEvent(queryClient: QueryClient, event: SseEvent) {
  if (event.event === 'snapshot') setWaiting(queryClient, itemsOf(JSON.parse(event.data) as Booking[] | Page<Booking>));
  else if (event.event === 'booking.updated') {
    const booking = JSON.parse(event.data) as Booking;
    applyWaitingUpdate(queryClient, booking);
    refreshOverdueOn(queryClient, booking);
  }
}

/** Keeps the console's waiting and overdue lists live while mounted; returns the connection state. */
export function useAdminBookingsStream() {
  const queryClient = useQueryClient();
  return useEventStream({ url: ADMIN_BOOKINGS_STREAM_URL, onEvent: (event) => applyAdminBookingEvent(queryClient, event) });
}
