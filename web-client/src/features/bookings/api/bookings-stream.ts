import { skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEventStream } from '@/hooks/use-event-stream';
import type { SseEvent } from '@/lib/sse-parser';
import { ACTIVE_STATUSES, type Booking, type Page } from '@/types/api';
import { bookingKeys, upsertBooking, type LiveBookings } from '../utils/booking-cache';

export const BOOKINGS_STREAM_URL = '/api/bookings/stream';

/** What the stream has seen, by booking id; filled only by the stream, never fetched. */
export function useLiveBookings(): LiveBookings | undefined {
  return useQuery<LiveBookings>({ queryKey: bookingKeys.live(), queryFn: skipToken, staleTime: Infinity }).data;
}

/**
 * Applies one event of GET /api/bookings/stream to the cache. A snapshot lists the unfinished
 * bookings; when it is complete and a booking we show as unfinished is missing from it, that booking
 * changed while we were not listening (too long for a replay), so the lists are fetched again. A change
 * adds a step to the booking's timeline: the steps are fetched again (only the shown timeline's, at
 * once), since a step names the provider a change took the visit from, which the booking no longer does.
 */
export function applyBookingEvent(queryClient: QueryClient, event: SseEvent) {
  if (event.event === 'snapshot') {
    const snapshot = JSON.parse(event.data) as Page<Booking>;
    for (const booking of snapshot.items) upsertBooking(queryClient, booking);
    if (snapshot.total <= snapshot.items.length && missesUnfinished(queryClient, snapshot.items)) {
      void queryClient.invalidateQueries({ queryKey: bookingKeys.lists() });
    }
  } else if (event.event === 'booking.updated') {
    const booking = JSON.parse(event.data) as Booking;
    upsertBooking(queryClient, booking, { insertIfNew: booking.status === 'PENDING' });
    void queryClient.invalidateQueries({ queryKey: bookingKeys.steps(booking.id) });
  }
}

function missesUnfinished(queryClient: QueryClient, unfinished: Booking[]): boolean {
  const ids = new Set(unfinished.map((booking) => booking.id));
  return queryClient
    .getQueriesData<Page<Booking>>({ queryKey: bookingKeys.lists() })
    .some(([, page]) => page?.items.some((b) => (b.status === 'PENDING' || ACTIVE_STATUSES.includes(b.status)) && !ids.has(b.id)));
}

/** Keeps the patient's bookings live while mounted; returns the connection state. */
export function useBookingsStream() {
  const queryClient = useQueryClient();
  return useEventStream({ url: BOOKINGS_STREAM_URL, onEvent: (event) => applyBookingEvent(queryClient, event) });
}
