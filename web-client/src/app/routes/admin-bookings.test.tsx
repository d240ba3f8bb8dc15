import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, sseRoute } from '@/testing/mock-fetch';
import { admin, makeBooking, page, redacted, renderApp, signIn } from '@/testing/test-utils';
import type { AuditEntry, Booking } from '@/types/api';

function consoleApp(path: string, extra: Parameters<typeof mockFetch>[0] = {}) {
  signIn(admin);
  const stream = sseRoute();
  const api = mockFetch({
    'GET /api/me': () => json(admin),
    'GET /api/admin/bookings/stream': stream.handler,
    'GET /api/admin/bookings/waiting': () => json([]),
    ...extra,
  });
  return { ...renderApp(path), stream, api };
}

const waitingCards = () => screen.queryAllByTestId('waiting-booking');
const old = (overrides: Partial<Booking> = {}) => redacted(makeBooking({ createdAt: new Date(Date.now() - 45 * 60_000).toISOString(), ...overrides }));

describe('the administrator’s bookings', () => {
  it('lists the bookings waiting too long and keeps the list live', async () => {
    const first = old();
    const second = old();
    let waiting: Booking[] = [first];
    const { stream, api } = consoleApp('/admin/waiting', { 'GET /api/admin/bookings/waiting': () => json(waiting) });

    await waitFor(() => expect(waitingCards().map((card) => card.dataset.id)).toEqual([first.id]));
    expect(waitingCards()[0]).toHaveTextContent(/Waiting for 4\d min/);
    expect(waitingCards()[0]).toHaveTextContent('Kreuzberg, Berlin');
    expect(waitingCards()[0]).not.toHaveTextContent('Main Street');
    await waitFor(() => expect(stream.feeds).toHaveLength(1));
    expect(stream.connections[0]!.headers.get('authorization')).toBe(`Bearer token-${admin.id}`);

    stream.current.event(1, 'snapshot', page([first, second], 100));
    await waitFor(() => expect(waitingCards()).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Waiting too long (2)' })).toBeInTheDocument();

    stream.current.event(2, 'booking.updated', { ...first, status: 'ACCEPTED', provider: { id: 'u-nina', name: 'Nina Nurse' }, updatedAt: '2030-01-01T10:10:00Z' });
    const notice = await screen.findByTestId('waiting-notice');
    expect(notice).toHaveTextContent('Accepted by Nina Nurse');
    expect(notice).toHaveAttribute('role', 'status');
    await waitFor(() => expect(waitingCards().map((card) => card.dataset.id)).toEqual([second.id]), { timeout: 5000 });

    // A PENDING booking the list does not hold may have just crossed the limit: only the service knows.
    const released = old();
    waiting = [second, released];
    const fetched = api.sent('GET', /\/waiting$/).length;
    stream.current.event(3, 'booking.updated', released);
    await waitFor(() => expect(waitingCards().map((card) => card.dataset.id)).toEqual([second.id, released.id]));
    expect(api.sent('GET', /\/waiting$/).length).toBe(fetched + 1);
  });

  it('filters bookings by status, service and age, and shows private details only when asked (audited)', async () => {
    const booking = makeBooking({ notes: 'Door code 4521' });
    const { user, api } = consoleApp('/admin/bookings', {
      'GET /api/admin/bookings': () => json(page([redacted(booking)])),
      'GET /api/admin/bookings/:id': ({ params }) => (params.id === booking.id ? json(booking) : problem(404)),
    });
    const card = await screen.findByTestId('admin-booking');
    expect(card).toHaveTextContent('Kreuzberg, Berlin');
    expect(card).not.toHaveTextContent(/Main Street|Door code|Pat Patient/);

    await user.selectOptions(screen.getByLabelText('Status'), 'PENDING');
    await user.selectOptions(screen.getByLabelText('Service'), 'NURSE_VISIT');
    await user.selectOptions(screen.getByLabelText('Age'), 'PT30M');
    await waitFor(() =>
      expect(Object.fromEntries(api.sent('GET', /\/api\/admin\/bookings$/).at(-1)!.url.searchParams)).toEqual({
        status: 'PENDING',
        serviceType: 'NURSE_VISIT',
        waitingLongerThan: 'PT30M',
        page: '0',
        size: '20',
      }),
    );
    expect(api.sent('GET', /\/api\/admin\/bookings\/b-/)).toHaveLength(0);

    const show = within(screen.getByTestId('admin-booking')).getByRole('button', { name: 'Show private details' });
    expect(show).toHaveAccessibleDescription('Your reading them is recorded in the audit log.');
    await user.click(show);
    const details = await screen.findByTestId('private-details');
    expect(within(details).getByTestId('private-address')).toHaveTextContent(`${booking.address!.street}, 10997 Berlin, Kreuzberg, Germany`);
    expect(details).toHaveTextContent('Pat Patient');
    expect(details).toHaveTextContent('+4930123456');
    expect(details).toHaveTextContent('Door code 4521');
    await waitFor(() => expect(details).toHaveFocus());
    expect(api.sent('GET', /\/api\/admin\/bookings\/b-/)).toHaveLength(1);
  });

  it('lists overdue visits and releases one with a reason, refreshing the list', async () => {
    const late = redacted(makeBooking({ status: 'EN_ROUTE', provider: { id: 'u-nina', name: 'Nina Nurse' }, area: { district: 'Mitte', city: 'Berlin' }, expiresAt: '2030-01-01T12:00:00Z' }));
    const later = redacted(makeBooking({ status: 'ACCEPTED', provider: { id: 'u-omar', name: 'Omar Okafor' } }));
    let overdue = [late, later];
    const { user, api } = consoleApp('/admin/overdue', {
      'GET /api/admin/bookings/overdue': () => json(page(overdue)),
      'POST /api/admin/bookings/:id/release': ({ params }) => {
        overdue = overdue.filter((booking) => booking.id !== params.id);
        return json({ ...late, status: 'PENDING', provider: null, statusReason: 'OVERDUE_RELEASED' });
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('overdue-booking').map((card) => card.dataset.id)).toEqual([late.id, later.id]));
    const card = screen.getAllByTestId('overdue-booking')[0]!;
    expect(card).toHaveTextContent('Nina Nurse still has it');
    expect(card).not.toHaveTextContent(/Main Street|Pat Patient|\+4930/);
    expect(screen.getByRole('link', { name: 'Overdue visits' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(card).getByRole('button', { name: 'Release: Nurse home visit in Mitte, Berlin' }));
    const dialog = screen.getByRole('dialog', { name: 'Release: the visit in Mitte, Berlin' });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription(/Give a reason: it goes into the audit log\./);
    expect(api.sent('POST', /\/release$/)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Reason'), 'Three hours late, not answering');
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    expect(await screen.findByTestId('overdue-result')).toHaveTextContent(/Released the visit in Mitte, Berlin: it is back on the board .* The reason is in the audit log\./);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.sent('POST', /\/release$/).map((request) => request.body)).toEqual([{ reason: 'Three hours late, not answering' }]);
    await waitFor(() => expect(screen.getAllByTestId('overdue-booking').map((card) => card.dataset.id)).toEqual([later.id]));
  });

  it('says plainly when a visit is not overdue after all, and shows the list as it is now', async () => {
    const visit = redacted(makeBooking({ status: 'IN_PROGRESS', provider: { id: 'u-nina', name: 'Nina Nurse' } }));
    let overdue = [visit];
    const { user, api } = consoleApp('/admin/overdue', {
      'GET /api/admin/bookings/overdue': () => json(page(overdue)),
      'POST /api/admin/bookings/:id/cancel': () => {
        overdue = [];
        return problem(409, {
          type: 'https://medondoor.app/problems/visit-not-overdue',
          title: 'Visit not overdue',
          detail: 'This visit is not overdue: its provider may still be on their way or at work.',
        });
      },
    });
    const card = await screen.findByTestId('overdue-booking');
    await user.click(within(card).getByRole('button', { name: /^Cancel visit: / }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel visit: the visit in Kreuzberg, Berlin' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Patient called: nobody came');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel visit' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing was changed: this visit is not overdue.');
    expect(api.sent('POST', /\/cancel$/).map((request) => request.body)).toEqual([{ reason: 'Patient called: nobody came' }]);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('No visit is overdue.')).toBeInTheDocument();
  });

  it('reads the audit log newest first, narrowed to one subject from the address', async () => {
    const entries: AuditEntry[] = [
      { id: 'a4', actor: { id: admin.id, name: admin.name }, action: 'CANCEL_OVERDUE', subjectId: 'b-9', reason: 'Patient called: nobody came', occurredAt: '2030-01-04T00:00:00Z' },
      { id: 'a3', actor: { id: admin.id, name: admin.name }, action: 'RELEASE_OVERDUE', subjectId: 'b-8', reason: 'Three hours late', occurredAt: '2030-01-03T00:00:00Z' },
      { id: 'a2', actor: { id: admin.id, name: admin.name }, action: 'SUSPEND_PROVIDER', subjectId: 'u-provider', reason: 'Repeated no-shows', occurredAt: '2030-01-02T00:00:00Z' },
      { id: 'a1', actor: null, action: 'CREATE_ADMIN', subjectId: admin.id, reason: 'First administrator from configuration', occurredAt: '2030-01-01T00:00:00Z' },
    ];
    const { api } = consoleApp('/admin/audit?subject=u-provider', { 'GET /api/admin/audit': () => json(page(entries)) });
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows.map((row) => row.dataset.action)).toEqual(['CANCEL_OVERDUE', 'RELEASE_OVERDUE', 'SUSPEND_PROVIDER', 'CREATE_ADMIN']);
    expect(rows[0]).toHaveTextContent('Ada AdminCancelled an overdue visitb-9Patient called: nobody came');
    expect(rows[1]).toHaveTextContent('Ada AdminGave an overdue visit to another providerb-8Three hours late');
    expect(rows[2]).toHaveTextContent('Ada AdminSuspended a provideru-providerRepeated no-shows');
    expect(rows[3]).toHaveTextContent('The service');
    expect(api.sent('GET', /\/api\/admin\/audit$/)[0]!.url.searchParams.get('subject')).toBe('u-provider');
    expect(screen.getByRole('link', { name: 'Show all entries' })).toHaveAttribute('href', '/admin/audit');
  });

  it('creates another administrator, with the server’s field errors at the fields', async () => {
    let attempt = 0;
    let sent: unknown;
    const { user } = consoleApp('/admin/admins', {
      'POST /api/admin/admins': ({ body }) => {
        sent = body;
        return ++attempt === 1
          ? problem(400, { title: 'Invalid request', errors: [{ field: 'password', message: 'is too common' }] })
          : json({ id: 'u-bo', name: 'Bo Admin', email: 'bo@example.com', role: 'ADMIN', createdAt: '2030-01-01T00:00:00Z' }, 201);
      },
    });
    await user.type(await screen.findByLabelText('Name'), 'Bo Admin');
    await user.type(screen.getByLabelText('Email'), 'bo@example.com');
    await user.type(screen.getByLabelText('Password'), 'password1');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/is too common/));

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    expect(await screen.findByText(/Bo Admin \(bo@example\.com\) is now an administrator/)).toHaveAttribute('role', 'status');
    expect(sent).toEqual({ name: 'Bo Admin', email: 'bo@example.com', password: 'a much better passphrase' });
  });
});
