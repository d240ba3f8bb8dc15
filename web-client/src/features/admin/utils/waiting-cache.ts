import type { QueryClient } from '@tanstack/react-query';
import type { Booking, Page } from '@/types/api';
import { adminKeys } from './admin-keys';

/** A waiting booking; `notice` says, for a moment, why it is leaving the list. */
export interface WaitingBooking extends Booking {
  notice?: string;
}

/** The newest copy of each booking the stream has sent since its last snapshot, by id. */
export type LiveWaiting = Record<string, WaitingBooking>;

export const waitingLiveKey = [...adminKeys.waiting(), 'live'] as const;

/** How long a booking that left the list stays on it saying why. */
export const LEAVING_MS = 3000;

/** The API answers a list or a page; both mean the same bookings. */
export function itemsOf(body: Booking[] | Page<Booking>): Booking[] {
  return Array.isArray(body) ? body : body.items;
}

function leavingNotice(booking: Booking): string {
  if (booking.status === 'ACCEPTED') return booking.provider ? `Accepted by ${booking.provider.name}` : 'Accepted';
  if (booking.status === 'CANCELLED') return 'Cancelled by the patient';
  if (booking.status === 'EXPIRED') return 'Expired: nobody took it in time';
  return 'No longer waiting';
}

const newer = (a: Booking, b: Booking) => Date.parse(a.updatedAt) >= Date.parse(b.updatedAt);

/** The fetched list with what the stream said since: replaced if newer, leaving with a notice, or gone. */
export function mergeWaiting(items: Booking[], live: LiveWaiting | undefined): WaitingBooking[] {
  if (!live) return items;
  return items.flatMap((item) => {
    const seen = live[item.id];
    if (!seen || !newer(seen, item)) return [item];
    if (seen.status === 'PENDING' || seen.notice) return [seen];
    return [];
  });
}

/** A snapshot is the whole truth: it replaces the list and forgets what was seen before it. */
export function setWaiting(queryClient: QueryClient, bookings: Booking[]) {
  queryClient.setQueryData<Booking[]>(adminKeys.waiting(), bookings);
  queryClient.setQueryData<LiveWaiting>(waitingLiveKey, {});
}

/**
 * Applies one `booking.updated`. A listed booking that is still PENDING is replaced; one that left
 * PENDING shows why for a moment, then goes. A PENDING booking not on the list may have just started
 * waiting too long (only the service knows the threshold), so the list is fetched again.
 */
export function applyWaitingUpdate(queryClient: QueryClient, booking: Booking) {
  const listed = queryClient.getQueryData<Booking[]>(adminKeys.waiting())?.some((item) => item.id === booking.id) ?? false;
  if (!listed) {
    if (booking.status === 'PENDING') void queryClient.invalidateQueries({ queryKey: adminKeys.waiting(), exact: true });
    return;
  }
  const leaving = booking.status !== 'PENDING';
  queryClient.setQueryData<LiveWaiting>(waitingLiveKey, (live = {}) => ({
    ...live,
    [booking.id]: leaving ? { ...booking, notice: leavingNotice(booking) } : booking,
  }));
  if (leaving) {
    setTimeout(() => {
      queryClient.setQueryData<LiveWaiting>(waitingLiveKey, (live = {}) =>
        live[booking.id] ? { ...live, [booking.id]: { ...live[booking.id]!, notice: undefined } } : live,
      );
    }, LEAVING_MS);
  }
}
