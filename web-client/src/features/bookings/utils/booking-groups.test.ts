import { describe, expect, it } from 'vitest';
import { makeBooking } from '@/testing/test-utils';
import { groupBookings } from './booking-groups';

const ids = (bookings: { id: string }[]) => bookings.map((booking) => booking.id);

describe('groupBookings', () => {
  it('puts active bookings first, soonest first (as soon as possible from when it was booked), then past ones, the last to end first', () => {
    const laterWindow = makeBooking({ id: 'later', status: 'ACCEPTED', windowStart: '2030-01-03T09:00:00Z', createdAt: '2030-01-01T08:00:00Z' });
    const asap = makeBooking({ id: 'asap', status: 'PENDING', createdAt: '2030-01-02T07:00:00Z' });
    const soonWindow = makeBooking({ id: 'soon', status: 'EN_ROUTE', windowStart: '2030-01-02T10:00:00Z', createdAt: '2029-12-30T08:00:00Z' });
    const arrived = makeBooking({ id: 'arrived', status: 'IN_PROGRESS', windowStart: '2030-01-01T09:00:00Z' });
    const completed = makeBooking({ id: 'completed', status: 'COMPLETED', updatedAt: '2030-01-01T12:00:00Z' });
    const cancelled = makeBooking({ id: 'cancelled', status: 'CANCELLED', updatedAt: '2030-01-02T12:00:00Z' });
    const expired = makeBooking({ id: 'expired', status: 'EXPIRED', updatedAt: '2029-12-31T12:00:00Z' });

    // As the API lists them: by creation, newest first.
    const { active, past } = groupBookings([asap, expired, completed, cancelled, laterWindow, soonWindow, arrived], undefined);

    expect(ids(active)).toEqual(['arrived', 'asap', 'soon', 'later']);
    expect(ids(past)).toEqual(['cancelled', 'completed', 'expired']);
  });

  it('adds the unfinished bookings the live stream knows and the page lacks, and on the first page those seen ending', () => {
    const onPage = makeBooking({ id: 'on-page', status: 'COMPLETED' });
    const olderActive = makeBooking({ id: 'older-active', status: 'ACCEPTED', createdAt: '2029-01-01T00:00:00Z' });
    const endedLive = makeBooking({ id: 'ended-live', status: 'CANCELLED', updatedAt: '2030-01-05T00:00:00Z' });
    const live = { [olderActive.id]: olderActive, [endedLive.id]: endedLive, [onPage.id]: onPage };

    expect(groupBookings([onPage], live)).toEqual({ active: [olderActive], past: [endedLive, onPage] });
    expect(groupBookings([onPage], live, { firstPage: false })).toEqual({ active: [olderActive], past: [onPage] });
  });
});
