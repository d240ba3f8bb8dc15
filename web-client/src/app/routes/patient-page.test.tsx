import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/mock-fetch';
import { makeBooking, page, patient, renderPatientBookings } from '@/testing/test-utils';
import type { Booking } from '@/types/api';

const nina = { id: 'u-nina', name: 'Nina Nurse' };

const group = (name: 'active' | 'past') => screen.getByTestId(`bookings-${name}`);
const idsIn = (name: 'active' | 'past') => within(group(name)).queryAllByTestId('booking').map((card) => card.dataset.id);
const card = (id: string) => screen.getAllByTestId('booking').find((element) => element.dataset.id === id)!;

describe('the patient’s page', () => {
  it('lists the active bookings first, soonest first, then the past ones under their own heading, newest first', async () => {
    const completed = makeBooking({ status: 'COMPLETED', provider: nina, updatedAt: '2030-01-01T12:00:00Z' });
    const pending = makeBooking({ status: 'PENDING', createdAt: '2030-01-01T11:00:00Z' });
    const cancelled = makeBooking({ status: 'CANCELLED', statusReason: 'CANCELLED_BY_PATIENT', updatedAt: '2030-01-02T09:00:00Z' });
    const onTheWay = makeBooking({ status: 'EN_ROUTE', provider: nina, createdAt: '2030-01-01T09:00:00Z' });
    const expired = makeBooking({ status: 'EXPIRED', updatedAt: '2029-12-30T12:00:00Z' });
    const released = makeBooking({ status: 'PENDING', statusReason: 'RELEASED', statusNote: 'My car broke down', windowStart: '2030-01-03T09:00:00Z', windowEnd: '2030-01-03T11:00:00Z' });
    renderPatientBookings([completed, pending, cancelled, onTheWay, expired, released]);

    await screen.findAllByTestId('booking');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Active', 'Past']);
    expect(idsIn('active')).toEqual([onTheWay.id, pending.id, released.id]);
    expect(idsIn('past')).toEqual([cancelled.id, completed.id, expired.id]);

    // Every status reads as a sentence about where the booking stands.
    const progress = (booking: Booking) => within(card(booking.id)).getByTestId('booking-progress');
    expect(progress(onTheWay)).toHaveTextContent('Nina Nurse is on the way');
    expect(progress(pending)).toHaveTextContent('Booked Waiting for a provider to accept.');
    expect(progress(released)).toHaveTextContent('Looking for another provider Your provider gave the visit back: “My car broke down”');
    expect(progress(cancelled)).toHaveTextContent('You cancelled the booking');
    expect(progress(completed)).toHaveTextContent('Completed by Nina Nurse');
    expect(progress(expired)).toHaveTextContent(/^Nobody was free in time/);
    expect(card(onTheWay.id)).toHaveAccessibleName('Nurse home visit, on the way');
  });

  it('moves a booking from Active to Past live when it completes, is cancelled or expires', async () => {
    const accepted = makeBooking({ status: 'ACCEPTED', provider: nina });
    const pending = makeBooking();
    const inProgress = makeBooking({ status: 'IN_PROGRESS', provider: nina });
    const { stream } = renderPatientBookings([accepted, pending, inProgress]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([accepted, pending, inProgress], 100));
    await screen.findAllByTestId('booking');
    expect(screen.queryByTestId('bookings-past')).not.toBeInTheDocument();

    stream.current.event(2, 'booking.updated', { ...inProgress, status: 'COMPLETED', updatedAt: '2030-01-01T11:00:00Z' });
    await waitFor(() => expect(idsIn('past')).toEqual([inProgress.id]));
    expect(within(card(inProgress.id)).getByTestId('rating-form')).toBeInTheDocument();

    stream.current.event(3, 'booking.updated', { ...pending, status: 'EXPIRED', updatedAt: '2030-01-01T12:00:00Z' });
    stream.current.event(4, 'booking.updated', { ...accepted, status: 'CANCELLED', statusReason: 'OVERDUE_CANCELLED', statusNote: 'Provider unreachable', updatedAt: '2030-01-01T13:00:00Z' });
    await waitFor(() => expect(idsIn('past')).toEqual([accepted.id, pending.id, inProgress.id]));
    expect(idsIn('active')).toEqual([]);
    expect(within(group('active')).getByText('Nothing booked is waiting or under way.')).toBeInTheDocument();
    expect(within(card(accepted.id)).getByTestId('booking-progress')).toHaveTextContent('Cancelled by our team “Provider unreachable”');
  });

  it('shows an unfinished booking older than the page among the active ones, from the live snapshot', async () => {
    const recent = makeBooking({ status: 'COMPLETED' });
    const old = makeBooking({ status: 'ACCEPTED', provider: nina, createdAt: '2029-06-01T10:00:00Z' });
    const { stream } = renderPatientBookings([recent]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([old], 100));
    await waitFor(() => expect(idsIn('active')).toEqual([old.id]));
    expect(idsIn('past')).toEqual([recent.id]);
  });

  it('pages only the past bookings, and keeps every active one above them on each page', async () => {
    const oldActive = makeBooking({ status: 'ACCEPTED', provider: nina, createdAt: '2029-01-01T09:00:00Z' });
    const past = Array.from({ length: 12 }, (_, index) =>
      makeBooking({ status: 'COMPLETED', provider: nina, rating: null, updatedAt: `2030-01-${String(20 - index).padStart(2, '0')}T12:00:00Z` }),
    );
    const { user } = renderPatientBookings([...past, oldActive]);

    await waitFor(() => expect(idsIn('past')).toHaveLength(10));
    expect(idsIn('active')).toEqual([oldActive.id]);
    expect(idsIn('past')).toEqual(past.slice(0, 10).map((booking) => booking.id));

    await user.click(within(screen.getByRole('navigation', { name: 'Pages of your past bookings' })).getByRole('button', { name: /next/i }));
    await waitFor(() => expect(idsIn('past')).toEqual(past.slice(10).map((booking) => booking.id)));
    expect(idsIn('active')).toEqual([oldActive.id]);
  });

  it('shows grey placeholder cards while the bookings load, said to screen readers once', async () => {
    let answer!: (response: Response) => void;
    const booking = makeBooking();
    renderPatientBookings([], {
      'GET /api/bookings': ({ url }) => (url.searchParams.get('status') === 'UNFINISHED' ? new Promise<Response>((resolve) => (answer = resolve)) : json(page([], 10))),
    });

    const skeleton = await screen.findByTestId('skeleton');
    expect(within(skeleton).getByRole('status')).toHaveTextContent('Loading your bookings…');
    expect(within(skeleton).getByRole('status')).toHaveClass('visually-hidden');
    expect(skeleton.querySelectorAll('[aria-busy="true"] .skeleton-card').length).toBeGreaterThan(0);
    expect(screen.queryByText('Loading your bookings…', { ignore: '.visually-hidden' }), 'no bare loading text').not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Book a visit' })).toBeInTheDocument();

    answer(json(page([booking], 10)));
    await screen.findByTestId('booking');
    expect(screen.queryByTestId('skeleton')).not.toBeInTheDocument();
  });

  it('opens the form for a patient with no booking yet, without taking the keyboard, and says so when they close it', async () => {
    const { user } = renderPatientBookings([]);
    const form = await screen.findByRole('form', { name: 'Book a visit' });
    expect(form).toHaveTextContent('You have no bookings yet.');
    expect(screen.getByLabelText('Service')).not.toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Book a visit' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('form', { name: 'Book a visit' })).not.toBeInTheDocument();
    expect(screen.getByText('You have no bookings yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Book a visit' })).toBeInTheDocument();
  });

  it('keeps the form behind “Book a visit”, which opens it in place with the keyboard in its first field', async () => {
    const { user } = renderPatientBookings([makeBooking()]);
    await screen.findByTestId('booking');
    expect(screen.queryByRole('form', { name: 'Book a visit' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Book a visit' }));
    expect(screen.getByRole('form', { name: 'Book a visit' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Service')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('form', { name: 'Book a visit' })).not.toBeInTheDocument();
  });

  it('after a cancellation, puts the keyboard on the booking, now under Past, which says what happened', async () => {
    const accepted = makeBooking({ status: 'ACCEPTED', provider: nina });
    const { user } = renderPatientBookings([accepted], {
      'POST /api/bookings/:id/cancel': () =>
        json({ ...accepted, status: 'CANCELLED', provider: null, statusReason: 'CANCELLED_BY_PATIENT', statusNote: 'Feeling better', updatedAt: '2030-01-01T10:30:00Z' }),
    });
    await screen.findByTestId('booking');
    await user.click(within(card(accepted.id)).getByRole('button', { name: 'Cancel booking' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this booking?' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Feeling better');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));

    await waitFor(() => expect(card(accepted.id)).toHaveFocus());
    expect(idsIn('past')).toEqual([accepted.id]);
    expect(within(card(accepted.id)).getByTestId('booking-outcome')).toHaveTextContent('You cancelled this booking. Nina Nurse has been told.');
    expect(card(accepted.id)).toHaveAccessibleDescription('You cancelled this booking. Nina Nurse has been told.');
  });

  it('says what a cancellation did even when the stream moved the booking to Past before the answer came', async () => {
    const pending = makeBooking();
    const cancelled = { ...pending, status: 'CANCELLED' as const, statusReason: 'CANCELLED_BY_PATIENT' as const, updatedAt: '2030-01-01T10:30:00Z' };
    let answer!: () => void;
    const { user, stream } = renderPatientBookings([pending], {
      'POST /api/bookings/:id/cancel': () => new Promise<Response>((resolve) => (answer = () => resolve(json(cancelled)))),
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    await screen.findByTestId('booking');
    await user.click(within(card(pending.id)).getByRole('button', { name: 'Cancel booking' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel booking' }));

    stream.current.event(1, 'booking.updated', cancelled);
    await waitFor(() => expect(idsIn('past')).toEqual([pending.id]));
    answer();

    await waitFor(() => expect(card(pending.id)).toHaveFocus());
    expect(within(card(pending.id)).getByTestId('booking-outcome')).toHaveTextContent(/^You cancelled this booking\.$/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps a first booking’s form until its answer, even when the stream brings the booking first, then says so', async () => {
    const made = makeBooking({ id: 'b-first' });
    let answer!: () => void;
    const { user, stream } = renderPatientBookings([], {
      'POST /api/bookings': () => new Promise<Response>((resolve) => (answer = () => resolve(json(made, 201)))),
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    const form = await screen.findByRole('form', { name: 'Book a visit' });
    const values: Record<string, string> = {
      Service: 'NURSE_VISIT', 'What you need': 'Insulin injection', 'Street and number': '7 New Street', Postcode: '10997',
      City: 'Berlin', District: 'Kreuzberg', Country: 'DE', Phone: '030 1234567',
    };
    for (const [label, value] of Object.entries(values)) fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    await user.click(within(form).getByRole('button', { name: 'Book' }));

    stream.current.event(1, 'booking.updated', made);
    await waitFor(() => expect(idsIn('active')).toEqual([made.id]));
    expect(screen.getByRole('form', { name: 'Book a visit' }), 'the form waits for its own answer').toBeInTheDocument();
    answer();

    await waitFor(() => expect(card(made.id)).toHaveFocus());
    expect(screen.queryByRole('form', { name: 'Book a visit' })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('booking-form')).getByRole('status')).toHaveTextContent('Booked: Nurse home visit.');
    expect(localStorage.getItem(`medondoor.last-address.${patient.id}`)).toContain('7 New Street');
  });

  it('after a rating, thanks the patient at the booking and puts the keyboard there', async () => {
    const completed = makeBooking({ status: 'COMPLETED', provider: nina });
    const { user } = renderPatientBookings([completed], {
      'POST /api/bookings/:id/rating': ({ params }) =>
        json({ id: 'r1', bookingId: params.id, providerId: nina.id, stars: 5, review: null, createdAt: '2030-01-03T00:00:00Z' }, 201),
    });
    const form = await screen.findByTestId('rating-form');
    await user.click(within(form).getByLabelText('5 stars'));
    await user.click(within(form).getByRole('button', { name: 'Submit rating' }));

    await waitFor(() => expect(card(completed.id)).toHaveFocus());
    expect(within(card(completed.id)).getByTestId('booking-outcome')).toHaveTextContent('Thank you: your rating was sent.');
    await waitFor(() => expect(within(card(completed.id)).getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument());
  });
});
