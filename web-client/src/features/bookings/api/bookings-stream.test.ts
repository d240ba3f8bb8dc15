import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeBooking, page } from '@/testing/test-utils';
import type { Booking, Page } from '@/types/api';
import { bookingKeys, type LiveBookings } from '../utils/booking-cache';
import { applyBookingEvent } from './bookings-stream';

const nina = { id: 'u-provider', name: 'Nina Nurse' };

function cached(...bookings: Booking[]) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(bookingKeys.list('UNFINISHED', 0), page(bookings));
  for (const booking of bookings) queryClient.setQueryData(bookingKeys.detail(booking.id), booking);
  return queryClient;
}

const updated = (queryClient: QueryClient, booking: Booking) =>
  applyBookingEvent(queryClient, { id: '1', event: 'booking.updated', data: JSON.stringify(booking) });

/** The booking as each copy the page reads holds it: the list, its own page, the live map. */
function copies(queryClient: QueryClient, id: string): (Booking | undefined)[] {
  return [
    queryClient.getQueryData<Page<Booking>>(bookingKeys.list('UNFINISHED', 0))?.items.find((item) => item.id === id),
    queryClient.getQueryData<Booking>(bookingKeys.detail(id)),
    queryClient.getQueryData<LiveBookings>(bookingKeys.live())?.[id],
  ];
}

const minutesLater = (booking: Booking, minutes: number) => new Date(Date.parse(booking.createdAt) + minutes * 60_000).toISOString();

describe('applyBookingEvent', () => {
  const taken: Partial<Booking> = { status: 'ACCEPTED', provider: nina };
  it.each<[string, Partial<Booking>[]]>([
    ['through the whole visit', [taken, { status: 'EN_ROUTE', provider: nina }, { status: 'IN_PROGRESS', provider: nina }, { status: 'COMPLETED', provider: nina }]],
    ['given back to the pool', [taken, { status: 'PENDING', statusReason: 'RELEASED', statusNote: 'My car broke down' }]],
    ['cancelled by an administrator once overdue', [taken, { status: 'CANCELLED', statusReason: 'OVERDUE_CANCELLED' }]],
    ['expired with nobody free', [{ status: 'EXPIRED' }]],
  ])('applies every status live, %s, to every copy of the booking', (_, changes) => {
    const booking = makeBooking();
    const queryClient = cached(booking);

    changes.forEach((fields, n) => {
      const change = { ...booking, ...fields, updatedAt: minutesLater(booking, n + 1) };
      updated(queryClient, change);
      expect(copies(queryClient, booking.id), `copies after ${change.status}`).toEqual([change, change, change]);
    });
  });

  it('shows a rating given in another tab on the completed booking, which its updatedAt does not move', () => {
    const completed = makeBooking({ status: 'COMPLETED', provider: nina, updatedAt: '2030-01-01T11:00:00Z' });
    const queryClient = cached(completed);
    const rated = { ...completed, rating: { stars: 4, review: 'Kind', createdAt: '2030-01-01T12:00:00Z' } };

    updated(queryClient, rated);

    expect(copies(queryClient, completed.id)).toEqual([rated, rated, rated]);
  });

  it('puts a booking made in another tab on top of the list', () => {
    const earlier = makeBooking();
    const queryClient = cached(earlier);
    const made = makeBooking({ createdAt: '2030-01-01T10:30:00Z', updatedAt: '2030-01-01T10:30:00Z' });

    updated(queryClient, made);

    expect(queryClient.getQueryData<Page<Booking>>(bookingKeys.list('UNFINISHED', 0))?.items.map((item) => item.id)).toEqual([made.id, earlier.id]);
  });
});
