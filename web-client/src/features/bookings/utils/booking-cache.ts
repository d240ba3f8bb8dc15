import type { QueryClient } from '@tanstack/react-query';
import type { Booking, BookingRating, BookingStatus, Page } from '@/types/api';

/** Query keys of this feature, in one place so that the stream and the mutations patch the same entries. */
export const bookingKeys = {
  all: ['bookings'] as const,
  lists: () => ['bookings', 'list'] as const,
  list: (status: 'UNFINISHED' | 'FINISHED', page: number) => ['bookings', 'list', status, page] as const,
  detail: (id: string) => ['bookings', 'detail', id] as const,
  steps: (id: string) => ['bookings', 'steps', id] as const,
  // The newest copy of each booking seen live; lets a list fetched just before a change not undo it.
  live: () => ['bookings', 'live'] as const,
};

export type LiveBookings = Record<string, Booking>;

// Only to break a tie of updatedAt: a visit mostly moves forward (a release takes it back to PENDING, later).
const RANK: Record<BookingStatus, number> = { PENDING: 0, ACCEPTED: 1, EN_ROUTE: 2, IN_PROGRESS: 3, COMPLETED: 4, CANCELLED: 4, EXPIRED: 4 };

/**
 * The more recent of two copies of a booking: an older copy (by updatedAt, then by status) never
 * replaces a newer one; a rating, which does not touch updatedAt and is absent from stream events, is kept.
 */
export function newerBooking(existing: Booking | undefined, incoming: Booking): Booking {
  if (!existing) return incoming;
  const byTime = Date.parse(incoming.updatedAt) - Date.parse(existing.updatedAt);
  const byRank = RANK[incoming.status] - RANK[existing.status];
  if (byTime < 0 || (byTime === 0 && byRank < 0)) return existing;
  return { ...incoming, rating: incoming.rating ?? existing.rating };
}

export function mergeLive(booking: Booking, live: LiveBookings | undefined): Booking {
  const seen = live?.[booking.id];
  return seen ? newerBooking(booking, seen) : booking;
}

/**
 * Applies one booking to every cached copy: the list pages that hold it, its detail entry and the
 * live map. With `insertIfNew`, a booking no page holds yet (just created, so unfinished) goes on top
 * of the unfinished bookings, where newest-first puts it.
 */
export function upsertBooking(queryClient: QueryClient, booking: Booking, { insertIfNew = false } = {}) {
  queryClient.setQueryData<LiveBookings>(bookingKeys.live(), (live = {}) => ({
    ...live,
    [booking.id]: newerBooking(live[booking.id], booking),
  }));

  let found = false;
  queryClient.setQueriesData<Page<Booking>>({ queryKey: bookingKeys.lists() }, (page) => {
    if (!page) return page;
    const index = page.items.findIndex((item) => item.id === booking.id);
    if (index === -1) return page;
    found = true;
    const items = page.items.slice();
    items[index] = newerBooking(items[index], booking);
    return { ...page, items };
  });

  if (!found && insertIfNew) {
    queryClient.setQueryData<Page<Booking>>(bookingKeys.list('UNFINISHED', 0), (page) =>
      page ? { ...page, items: [booking, ...page.items].slice(0, page.size), total: page.total + 1 } : page,
    );
  }

  queryClient.setQueryData<Booking>(bookingKeys.detail(booking.id), (current) => (current ? newerBooking(current, booking) : current));
}

/** Sets the rating of a booking in every cached copy (rating does not change updatedAt). */
export function setBookingRating(queryClient: QueryClient, id: string, rating: BookingRating) {
  const rate = (booking: Booking) => (booking.id === id ? { ...booking, rating } : booking);
  queryClient.setQueryData<LiveBookings>(bookingKeys.live(), (live) => (live?.[id] ? { ...live, [id]: rate(live[id]) } : live));
  queryClient.setQueriesData<Page<Booking>>({ queryKey: bookingKeys.lists() }, (page) => (page ? { ...page, items: page.items.map(rate) } : page));
  queryClient.setQueryData<Booking>(bookingKeys.detail(id), (current) => (current ? rate(current) : current));
}
