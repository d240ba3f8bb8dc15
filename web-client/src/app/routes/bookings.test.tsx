import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, sseRoute } from '@/testing/mock-fetch';
import { makeBooking, page, patient, renderApp, renderPatientBookings, signIn } from '@/testing/test-utils';
import { formatVisitTime } from '@/lib/format';
import { zonedDate } from '@/lib/time-zone';
import type { BookingStep } from '@/types/api';

const nina = { id: 'u-nina', name: 'Nina Nurse' };


/** Everything the form requires besides the service. */
async function fillBookingForm(user: UserEvent) {
  await user.type(screen.getByLabelText('What you need'), 'Insulin injection');
  await user.type(screen.getByLabelText('Street and number'), '7 New Street');
  await user.type(screen.getByLabelText('Flat or floor (optional)'), '3rd floor');
  await user.type(screen.getByLabelText('Postcode'), '10997');
  await user.type(screen.getByLabelText('City'), 'Berlin');
  await user.type(screen.getByLabelText('District'), 'Kreuzberg');
  await user.selectOptions(screen.getByLabelText('Country'), 'DE');
  await user.type(screen.getByLabelText('Phone'), '+49 30 1234567');
}

/** A day `days` from now on `zone`'s clocks, as a date field holds it. */
const daysAhead = (days: number, zone = 'Europe/Berlin') => zonedDate(Date.now() + days * 24 * 60 * 60 * 1000, zone);

const row = (id: string) => screen.getAllByTestId('booking').find((element) => element.dataset.id === id)!;

describe('patient bookings', () => {
  it('shows a booking move PENDING → ACCEPTED → EN_ROUTE → IN_PROGRESS → COMPLETED live, without reloading', async () => {
    const booking = makeBooking();
    const { stream, api } = renderPatientBookings([booking]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'snapshot', page([booking], 100));
    expect(await screen.findByTestId('booking')).toHaveAttribute('data-id', booking.id);
    expect(within(row(booking.id)).getByTestId('status')).toHaveTextContent('Pending');

    const acceptedAt = '2030-01-01T10:05:00Z';
    stream.current.event(2, 'booking.updated', { ...booking, status: 'ACCEPTED', provider: nina, updatedAt: acceptedAt });
    await waitFor(() => expect(within(row(booking.id)).getByTestId('status')).toHaveTextContent('Accepted'));
    expect(row(booking.id)).toHaveTextContent('Accepted by Nina Nurse');
    // Once a provider has it the patient can still cancel, with a reason, until the visit begins.
    expect(within(row(booking.id)).getByRole('button', { name: 'Cancel booking' })).toBeInTheDocument();

    stream.current.event(3, 'booking.updated', { ...booking, status: 'EN_ROUTE', provider: nina, updatedAt: '2030-01-01T10:20:00Z' });
    await waitFor(() => expect(within(row(booking.id)).getByTestId('status')).toHaveTextContent('On the way'));
    expect(within(row(booking.id)).getByTestId('booking-progress')).toHaveTextContent(/^Nina Nurse is on the way$/);
    expect(within(row(booking.id)).getByRole('button', { name: 'Cancel booking' })).toBeInTheDocument();

    stream.current.event(4, 'booking.updated', { ...booking, status: 'IN_PROGRESS', provider: nina, updatedAt: '2030-01-01T10:40:00Z' });
    await waitFor(() => expect(within(row(booking.id)).getByTestId('status')).toHaveTextContent('In progress'));
    expect(within(row(booking.id)).getByTestId('booking-progress')).toHaveTextContent('Nina Nurse has arrived The visit is in progress.');
    expect(within(row(booking.id)).queryByRole('button', { name: /cancel/i })).not.toBeInTheDocument();

    stream.current.event(5, 'booking.updated', { ...booking, status: 'COMPLETED', provider: nina, updatedAt: '2030-01-01T11:00:00Z' });
    await waitFor(() => expect(row(booking.id)).toHaveAttribute('data-status', 'COMPLETED'));
    expect(within(row(booking.id)).getByTestId('rating-form')).toBeInTheDocument();
    expect(api.sent('GET', /^\/api\/bookings$/), 'the unfinished bookings and the finished ones, once each').toHaveLength(2);
  });

  it('does not let a list fetched before a change undo what the stream said', async () => {
    const booking = makeBooking();
    let answer!: (response: Response) => void;
    const { stream } = renderPatientBookings([], {
      'GET /api/bookings': ({ url }) => (url.searchParams.get('status') === 'UNFINISHED' ? new Promise<Response>((resolve) => (answer = resolve)) : json(page([], 10))),
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(5, 'booking.updated', { ...booking, status: 'ACCEPTED', provider: nina, updatedAt: '2030-01-01T10:05:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer(json(page([booking], 10)));
    await waitFor(() => expect(row(booking.id)).toHaveAttribute('data-status', 'ACCEPTED'));
  });

  it('books a visit as soon as possible: checks the form first, sends the browser’s zone, then closes it, says so and puts the keyboard on the new booking', async () => {
    const older = makeBooking();
    let sent: Record<string, unknown> | undefined;
    const { user, stream } = renderPatientBookings([older], {
      'POST /api/bookings': ({ body }) => {
        sent = body as Record<string, unknown>;
        return json(makeBooking({ id: 'b-new', createdAt: '2030-01-01T10:30:00Z', updatedAt: '2030-01-01T10:30:00Z' }), 201);
      },
    });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    await screen.findByTestId('booking');

    await user.click(screen.getByRole('button', { name: 'Book a visit' }));
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByLabelText('Service')).toHaveAccessibleDescription('Choose a service.');
    expect(screen.getByLabelText('Street and number')).toHaveAccessibleDescription(/Enter the street and house number\.$/);
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(/Enter a phone number/);
    expect(screen.getByLabelText('What you need')).toHaveAccessibleDescription(/Say in a few words what you need\./);
    expect(sent).toBeUndefined();

    await user.selectOptions(screen.getByLabelText('Service'), 'NURSE_VISIT');
    await fillBookingForm(user);
    expect(screen.getByRole('radio', { name: 'As soon as possible' })).toBeChecked();
    expect(screen.queryByLabelText('Day')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Berlin');
    await user.type(screen.getByLabelText('Private notes (optional)'), 'Ring twice');
    await user.click(screen.getByRole('button', { name: 'Book' }));

    await waitFor(() => expect(row('b-new')).toHaveFocus());
    expect(sent).toEqual({
      serviceType: 'NURSE_VISIT',
      address: { street: '7 New Street', flat: '3rd floor', postcode: '10997', city: 'Berlin', district: 'Kreuzberg', country: 'DE' },
      phone: '+49 30 1234567',
      need: 'Insulin injection',
      timeZone: 'Europe/Berlin',
      notes: 'Ring twice',
    });
    // Both as soon as possible: the one waiting longer comes first.
    expect(within(screen.getByTestId('bookings-active')).getAllByTestId('booking').map((element) => element.dataset.id)).toEqual([older.id, 'b-new']);
    expect(screen.queryByLabelText('Service'), 'the form is closed again').not.toBeInTheDocument();
    expect(within(screen.getByTestId('booking-form')).getByRole('status')).toHaveTextContent('Booked: Nurse home visit. We will tell you here when a provider accepts.');
    expect(screen.getByRole('button', { name: 'Book a visit' })).toBeInTheDocument();
    expect(within(row('b-new')).getByTestId('booking-when')).toHaveTextContent(/^As soon as possible$/);
  });

  it('books a window in another zone: the times typed are on that zone’s clocks, and shown with its name', async () => {
    let sent: Record<string, unknown> | undefined;
    const { user } = renderPatientBookings([], {
      'POST /api/bookings': ({ body }) => {
        sent = body as Record<string, unknown>;
        return json(makeBooking({ id: 'b-tokyo', windowStart: sent.windowStart as string, windowEnd: sent.windowEnd as string, timeZone: 'Asia/Tokyo' }), 201);
      },
    });
    await user.selectOptions(await screen.findByLabelText('Service'), 'NURSE_VISIT');
    await fillBookingForm(user);
    await user.click(screen.getByRole('radio', { name: 'In a time window' }));
    // Tokyo keeps UTC+9 all year.
    const day = daysAhead(10, 'Asia/Tokyo');
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: day } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '14:00' } });
    fireEvent.change(screen.getByLabelText('To (optional)'), { target: { value: '16:00' } });
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Book' }));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({ windowStart: `${day}T05:00:00.000Z`, windowEnd: `${day}T07:00:00.000Z`, timeZone: 'Asia/Tokyo' });
    expect(sent).not.toHaveProperty('scheduledFor');
    expect(await within(await screen.findByTestId('booking')).findByTestId('booking-when')).toHaveTextContent(/\(Asia\/Tokyo\) · in /);
  });

  it('checks a window before sending: a day at most 90 days ahead, a start from now on, an end after it, a zone it knows', async () => {
    const { user, api } = renderPatientBookings([]);
    await user.selectOptions(await screen.findByLabelText('Service'), 'NURSE_VISIT');
    await fillBookingForm(user);
    await user.click(screen.getByRole('radio', { name: 'In a time window' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '14:00' } });
    fireEvent.change(screen.getByLabelText('To (optional)'), { target: { value: '13:00' } });
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Lisbon');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(/Choose a time zone from the list/);
    expect(api.sent('POST', /^\/api\/bookings$/)).toHaveLength(0);

    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Europe/Lisbon');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription('Today or up to 90 days ahead. Choose the day of the visit.');
    await waitFor(() => expect(screen.getByLabelText('Day')).toHaveFocus());

    fireEvent.change(screen.getByLabelText('Day'), { target: { value: daysAhead(91, 'Europe/Lisbon') } });
    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription(/Choose a day at most 90 days ahead\.$/);
    expect(screen.getByLabelText('Day')).toHaveAttribute('max', daysAhead(90, 'Europe/Lisbon'));

    fireEvent.change(screen.getByLabelText('Day'), { target: { value: daysAhead(10, 'Europe/Lisbon') } });
    expect(screen.getByLabelText('Day')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('To (optional)')).toHaveAccessibleDescription(/End the window after it starts\./);

    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2020-12-04' } });
    fireEvent.change(screen.getByLabelText('To (optional)'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('Choose a time from now on.');
    expect(api.sent('POST', /^\/api\/bookings$/)).toHaveLength(0);
  });

  it('shows the server’s field errors on the window and the zone next to those fields', async () => {
    const { user } = renderPatientBookings([], {
      'POST /api/bookings': () =>
        problem(400, {
          title: 'Invalid request',
          errors: [
            { field: 'windowStart', message: 'must be at most 90 days ahead' },
            { field: 'timeZone', message: 'must be an IANA time zone name, such as Europe/Berlin' },
          ],
        }),
    });
    await user.selectOptions(await screen.findByLabelText('Service'), 'DOCTOR_CONSULTATION');
    await fillBookingForm(user);
    await user.click(screen.getByRole('radio', { name: 'In a time window' }));
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: daysAhead(30) } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '09:30' } });
    await user.click(screen.getByRole('button', { name: 'Book' }));
    // The service's limit may be shorter than the form's: its words, made a sentence, at the field.
    await waitFor(() => expect(screen.getByLabelText('From')).toHaveAccessibleDescription('The start of the window must be at most 90 days ahead.'));
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(/The time zone must be an IANA time zone name, such as Europe\/Berlin\.$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s errors on the phone and the address parts at those fields', async () => {
    const { user } = renderPatientBookings([], {
      'POST /api/bookings': () =>
        problem(400, {
          title: 'Invalid request',
          errors: [
            { field: 'phone', message: 'is not a valid phone number for DE' },
            { field: 'address.postcode', message: 'must be at most 16 characters' },
          ],
        }),
    });
    await user.selectOptions(await screen.findByLabelText('Service'), 'NURSE_VISIT');
    await fillBookingForm(user);
    await user.click(screen.getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(/The phone is not a valid phone number for DE\.$/));
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(/The postcode must be at most 16 characters\.$/);
    expect(screen.getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the need to 200 characters before sending', async () => {
    const { user, api } = renderPatientBookings([]);
    await user.selectOptions(await screen.findByLabelText('Service'), 'NURSE_VISIT');
    await fillBookingForm(user);
    fireEvent.change(screen.getByLabelText('What you need'), { target: { value: 'x'.repeat(201) } });
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByLabelText('What you need')).toHaveAccessibleDescription(/201 \/ 200 characters Keep it to 200 characters\./);
    expect(api.sent('POST', /^\/api\/bookings$/)).toHaveLength(0);
  });

  it('shows a booking’s full address, phone, need and notes, and an old booking’s single address line', async () => {
    const booking = makeBooking({ notes: 'Door code 4521', need: 'Insulin injection' });
    const old = makeBooking({ address: null, legacyAddress: '12 Old Road, Berlin', area: null, need: null, phone: null });
    renderPatientBookings([booking, old]);
    await screen.findAllByTestId('booking');
    expect(within(row(booking.id)).getByTestId('booking-address')).toHaveTextContent(`${booking.address!.street}, 10997 Berlin, Kreuzberg, Germany`);
    expect(row(booking.id)).toHaveTextContent('+4930123456');
    expect(row(booking.id)).toHaveTextContent('Insulin injection');
    expect(row(booking.id)).toHaveTextContent('Door code 4521');
    expect(within(row(old.id)).getByTestId('booking-address')).toHaveTextContent('12 Old Road, Berlin');
  });

  it('cancels a PENDING booking after asking why (optional), and says why when it is too late', async () => {
    const pending = makeBooking();
    const late = makeBooking();
    const { user, api } = renderPatientBookings([pending, late], {
      'POST /api/bookings/:id/cancel': ({ params }) =>
        params.id === pending.id
          ? json({ ...pending, status: 'CANCELLED', statusReason: 'CANCELLED_BY_PATIENT', updatedAt: '2030-01-01T10:01:00Z' })
          : problem(409, { title: 'Booking status conflict', detail: 'A booking can be cancelled while it is PENDING, ACCEPTED or EN_ROUTE.', currentStatus: 'IN_PROGRESS' }),
    });
    await screen.findAllByTestId('booking');

    await user.click(within(row(pending.id)).getByRole('button', { name: 'Cancel booking' }));
    let dialog = screen.getByRole('dialog', { name: 'Cancel this booking?' });
    expect(within(dialog).getByLabelText('Reason (optional)')).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));
    await waitFor(() => expect(row(pending.id)).toHaveAttribute('data-status', 'CANCELLED'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', /\/cancel$/)[0]!.body).toBeUndefined();
    expect(within(row(pending.id)).getByTestId('booking-progress')).toHaveTextContent('You cancelled the booking');
    expect(within(row(pending.id)).queryByRole('button', { name: /cancel/i })).not.toBeInTheDocument();

    await user.click(within(row(late.id)).getByRole('button', { name: 'Cancel booking' }));
    dialog = screen.getByRole('dialog', { name: 'Cancel this booking?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('It can no longer be cancelled: it is in progress.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the booking' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for a reason before cancelling a visit a provider has, and sends it', async () => {
    const onTheWay = makeBooking({ status: 'EN_ROUTE', provider: nina, expectedArrival: '2030-01-01T10:40:00Z' });
    const { user, api } = renderPatientBookings([onTheWay], {
      'POST /api/bookings/:id/cancel': ({ body }) =>
        json({ ...onTheWay, status: 'CANCELLED', provider: null, statusReason: 'CANCELLED_BY_PATIENT', statusNote: (body as { reason: string }).reason, updatedAt: '2030-01-01T10:30:00Z' }),
    });
    await screen.findByTestId('booking');
    expect(within(row(onTheWay.id)).getByTestId('booking-progress')).toHaveTextContent(/^Nina Nurse is on the way Expected around .+, (in .+|.+ ago)\.$/);

    await user.click(within(row(onTheWay.id)).getByRole('button', { name: 'Cancel booking' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this booking?' });
    expect(dialog).toHaveTextContent('Nina Nurse has the visit and stops coming to you.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription(/Say why: Nina Nurse is told at once\./);
    expect(api.sent('POST', /\/cancel$/)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Reason'), 'Feeling better');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));
    await waitFor(() => expect(row(onTheWay.id)).toHaveAttribute('data-status', 'CANCELLED'));
    expect(api.sent('POST', /\/cancel$/).map((request) => request.body)).toEqual([{ reason: 'Feeling better' }]);
    expect(within(row(onTheWay.id)).getByTestId('booking-progress')).toHaveTextContent('You cancelled the booking “Feeling better”');
  });

  it('says live when a provider gives the visit back, and when nobody was free in time', async () => {
    const booking = makeBooking({ status: 'ACCEPTED', provider: nina });
    const other = makeBooking();
    const { stream } = renderPatientBookings([booking, other]);
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    await screen.findAllByTestId('booking');
    expect(within(row(booking.id)).getByTestId('booking-progress')).toHaveTextContent('Accepted by Nina Nurse');

    stream.current.event(1, 'booking.updated', { ...booking, status: 'PENDING', provider: null, statusReason: 'RELEASED', statusNote: 'My car broke down', updatedAt: '2030-01-01T10:20:00Z' });
    await waitFor(() => expect(within(row(booking.id)).getByTestId('booking-progress')).toHaveTextContent('Looking for another provider Your provider gave the visit back: “My car broke down”'));
    expect(within(row(booking.id)).getByTestId('booking-progress')).toHaveAttribute('role', 'status');
    expect(within(row(booking.id)).getByRole('button', { name: 'Cancel booking' })).toBeInTheDocument();

    stream.current.event(2, 'booking.updated', { ...other, status: 'EXPIRED', updatedAt: '2030-01-01T12:00:00Z' });
    await waitFor(() => expect(row(other.id)).toHaveAttribute('data-status', 'EXPIRED'));
    expect(within(row(other.id)).getByTestId('booking-progress')).toHaveTextContent(/^Nobody was free in time/);
    expect(within(row(other.id)).queryByRole('button', { name: 'Cancel booking' })).not.toBeInTheDocument();
  });

  it('shows the booking’s steps with their times, and each new step live', async () => {
    const booking = makeBooking({ status: 'ACCEPTED', provider: nina, timeZone: 'Europe/Lisbon' });
    const steps: BookingStep[] = [
      { status: 'PENDING', at: '2030-01-01T10:00:00Z', reason: null, note: null, expectedArrival: null, provider: null },
      { status: 'ACCEPTED', at: '2030-01-01T10:05:00Z', reason: null, note: null, expectedArrival: null, provider: nina },
    ];
    signIn(patient);
    const stream = sseRoute();
    const api = mockFetch({
      'GET /api/me': () => json(patient),
      'GET /api/bookings/stream': stream.handler,
      'GET /api/bookings/:id': () => json(booking),
      'GET /api/bookings/:id/steps': () => json(steps),
    });
    renderApp(`/bookings/${booking.id}`);
    const timeline = await screen.findByTestId('timeline');
    await waitFor(() => expect(within(timeline).getAllByTestId('step').map((step) => step.dataset.status)).toEqual(['PENDING', 'ACCEPTED']));
    const [booked, accepted] = within(timeline).getAllByTestId('step');
    expect(booked).toHaveTextContent(/Booked/);
    expect(booked).toHaveTextContent(/\(Europe\/Lisbon\)/);
    expect(within(booked!).getByText(/\(Europe\/Lisbon\)/)).toHaveAttribute('datetime', '2030-01-01T10:00:00Z');
    expect(accepted).toHaveTextContent('Accepted by Nina Nurse');

    const arrival = '2030-01-01T10:45:00Z';
    steps.push({ status: 'EN_ROUTE', at: '2030-01-01T10:20:00Z', reason: null, note: null, expectedArrival: arrival, provider: nina });
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    stream.current.event(1, 'booking.updated', { ...booking, status: 'EN_ROUTE', expectedArrival: arrival, updatedAt: '2030-01-01T10:20:00Z' });
    await waitFor(() => expect(within(timeline).getAllByTestId('step')).toHaveLength(3));
    const enRoute = within(timeline).getAllByTestId('step')[2]!;
    expect(enRoute).toHaveTextContent(`Nina Nurse is on the wayExpected around ${formatVisitTime(arrival, 'Europe/Lisbon')}.`);
    expect(screen.getByTestId('booking')).toHaveAttribute('data-status', 'EN_ROUTE');
    expect(api.sent('GET', /\/steps$/)).toHaveLength(2);
  });

  it('offers the rating form only on a COMPLETED booking without a rating, checks it, and shows the stars after', async () => {
    const completed = makeBooking({ status: 'COMPLETED', provider: nina });
    const rated = makeBooking({ status: 'COMPLETED', provider: nina, rating: { stars: 5, review: 'Great', createdAt: '2030-01-02T00:00:00Z' } });
    const accepted = makeBooking({ status: 'ACCEPTED', provider: nina });
    let sent: unknown;
    const { user } = renderPatientBookings([completed, rated, accepted], {
      'POST /api/bookings/:id/rating': ({ body, params }) => {
        sent = body;
        return json({ id: 'r1', bookingId: params.id, providerId: nina.id, stars: 4, review: 'Kind and quick', createdAt: '2030-01-03T00:00:00Z' }, 201);
      },
    });
    await screen.findAllByTestId('booking');
    expect(screen.getAllByTestId('rating-form')).toHaveLength(1);
    expect(within(row(rated.id)).getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument();
    expect(within(row(accepted.id)).queryByTestId('rating-form')).not.toBeInTheDocument();

    const form = within(row(completed.id)).getByTestId('rating-form');
    await user.click(within(form).getByRole('button', { name: 'Submit rating' }));
    expect(within(form).getByText('Choose from 1 to 5 stars.')).toBeInTheDocument();

    await user.click(within(form).getByLabelText('4 stars'));
    fireEvent.change(within(form).getByLabelText('Review (optional)'), { target: { value: 'x'.repeat(1001) } });
    await user.click(within(form).getByRole('button', { name: 'Submit rating' }));
    expect(within(form).getByLabelText('Review (optional)')).toHaveAccessibleDescription(/1001 \/ 1000 characters Keep the review to 1000 characters\./);
    expect(sent).toBeUndefined();

    await user.clear(within(form).getByLabelText('Review (optional)'));
    await user.type(within(form).getByLabelText('Review (optional)'), 'Kind and quick');
    await user.click(within(form).getByRole('button', { name: 'Submit rating' }));

    await waitFor(() => expect(within(row(completed.id)).queryByTestId('rating-form')).not.toBeInTheDocument());
    expect(sent).toEqual({ stars: 4, review: 'Kind and quick' });
    expect(within(row(completed.id)).getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(row(completed.id)).toHaveTextContent('Kind and quick');
  });
});
