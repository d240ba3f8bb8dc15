import type { Booking, BookingStatus } from '@/types/api';
import type { LiveBookings } from './booking-cache';

/** A booking that is over: done, called off, or nobody took it in time. */
export const PAST_STATUSES: readonly BookingStatus[] = ['COMPLETED', 'CANCELLED', 'EXPIRED'];

export const isPast = (booking: Booking) => PAST_STATUSES.includes(booking.status);

// An as-soon-as-possible booking is due from the moment it was made.
const dueAt = (booking: Booking) => Date.parse(booking.windowStart ?? booking.createdAt);

/** Soonest first: as soon as possible and the earliest windows on top. */
const bySoonest = (a: Booking, b: Booking) => dueAt(a) - dueAt(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt);

/** Newest first: the one that ended last on top (a rating does not move it: it leaves updatedAt alone). */
const byNewest = (a: Booking, b: Booking) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt);

export interface BookingGroups {
  active: Booking[];
  past: Booking[];
}

/**
 * The patient's bookings as the page shows them: active ones (waiting for a provider, or in one's
 * hands) soonest first, then past ones newest first.
 *
 * `loaded` holds what the API gave (every unfinished booking, and a page of the finished ones); the live
 * stream adds what it has seen since: its snapshot holds every unfinished booking, and on the first page
 * a booking seen live that has since ended shows under Past, so that a booking moving from Active to
 * Past never disappears.
 */
export function groupBookings(loaded: Booking[], live: LiveBookings | undefined, { firstPage = true } = {}): BookingGroups {
  const byId = new Map(loaded.map((booking) => [booking.id, booking]));
  for (const booking of Object.values(live ?? {})) {
    if (!byId.has(booking.id) && (!isPast(booking) || firstPage)) byId.set(booking.id, booking);
  }
  const all = [...byId.values()];
  return { active: all.filter((booking) => !isPast(booking)).sort(bySoonest), past: all.filter(isPast).sort(byNewest) };
}
