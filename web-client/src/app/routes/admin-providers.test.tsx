import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, sseRoute } from '@/testing/mock-fetch';
import { admin, page, patient, provider, providerIn, renderApp, signIn } from '@/testing/test-utils';
import type { User } from '@/types/api';

const omar: User = { ...providerIn('UNVERIFIED'), id: 'u-omar', name: 'Omar Okafor', email: 'omar@example.com', serviceType: 'DOCTOR_CONSULTATION', professional: { licenceNumber: 'GMC-7654321' } };
const nina: User = { ...providerIn('UNVERIFIED'), professional: { licenceNumber: 'RN-123456' } };

function consoleApp(path: string, providers: User[], extra: Parameters<typeof mockFetch>[0] = {}) {
  signIn(admin);
  const api = mockFetch({
    'GET /api/me': () => json(admin),
    'GET /api/admin/bookings/stream': sseRoute().handler,
    'GET /api/admin/bookings/waiting': () => json([]),
    'GET /api/admin/providers': ({ url }) => {
      const status = url.searchParams.get('status');
      const items = providers.filter((p) => !status || p.verification?.status === status);
      return json({ items, page: Number(url.searchParams.get('page') ?? 0), size: 20, total: items.length });
    },
    ...extra,
  });
  return { ...renderApp(path), api };
}

const card = (name: string) => screen.getAllByTestId('provider').find((element) => element.getAttribute('aria-label') === name)!;

describe('the administrator’s providers', () => {
  it('lands an administrator on the console after logging in', async () => {
    mockFetch({
      'POST /api/auth/login': () => json({ accessToken: 'adm', tokenType: 'Bearer', expiresIn: 900, user: admin }),
      'GET /api/me': () => json(admin),
      'GET /api/admin/bookings/stream': sseRoute().handler,
      'GET /api/admin/bookings/waiting': () => json([]),
      'GET /api/admin/providers': () => json(page([nina])),
    });
    const { router, user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/providers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Providers' })).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Ada Admin · Administrator');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('keeps patients and providers out of the console', async () => {
    mockFetch({ 'GET /api/me': () => json(patient), 'GET /api/bookings/stream': sseRoute().handler, 'GET /api/bookings': () => json(page([])) });
    signIn(patient);
    const { router } = renderApp('/admin/providers');
    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings'));
  });

  it('approves a provider with a reason given in a dialog, and takes them off the queue', async () => {
    let sent: unknown;
    const providers = [nina, omar];
    const { user, api } = consoleApp('/admin', providers, {
      'POST /api/admin/providers/:id/approve': ({ params, body }) => {
        sent = { id: params.id, body };
        providers[0] = providerIn('VERIFIED', null, '2030-01-03T00:00:00Z');
        return json(providers[0]);
      },
      'GET /api/admin/audit': () => json(page([])),
    });
    expect(await screen.findByRole('link', { name: 'Awaiting verification' })).toHaveAttribute('aria-current', 'page');
    await screen.findAllByTestId('provider');
    expect(api.sent('GET', /\/api\/admin\/providers$/)[0]!.url.searchParams.get('status')).toBe('UNVERIFIED');
    expect(card('Nina Nurse')).toHaveTextContent('RN-123456');
    expect(within(card('Nina Nurse')).queryByRole('button', { name: /suspend/i })).not.toBeInTheDocument();

    const approve = within(card('Nina Nurse')).getByRole('button', { name: 'Approve Nina Nurse' });
    await user.click(approve);
    const dialog = screen.getByRole('dialog', { name: 'Approve Nina Nurse' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(reason).toHaveAccessibleDescription(/Give a reason: it goes into the audit log\./);
    expect(sent).toBeUndefined();

    await user.type(reason, 'Licence RN-123456 checked against the register');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual({ id: nina.id, body: { reason: 'Licence RN-123456 checked against the register' } });
    expect(screen.getByTestId('decision-result')).toHaveTextContent('Approved Nina Nurse. The reason is in the audit log.');
    expect(screen.getByTestId('decision-result')).toHaveAttribute('role', 'status');
    expect(screen.getAllByTestId('provider').map((element) => element.dataset.id)).toEqual([omar.id]);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('says so when another administrator changed the provider first (409)', async () => {
    const { user } = consoleApp('/admin/providers', [nina], {
      'POST /api/admin/providers/:id/reject': () =>
        problem(409, { type: 'https://medondoor.app/problems/wrong-verification-status', title: 'Wrong verification status', currentStatus: 'VERIFIED' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Reject Nina Nurse' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject Nina Nurse' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Licence not found');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing was changed: Nina Nurse is now verified');
  });

  it('closes the dialog on Escape without acting, and gives the keyboard back to the button', async () => {
    const verified = { ...provider, verification: { status: 'VERIFIED' as const, reason: null, changedAt: '2030-01-01T00:00:00Z' } };
    const { user, api } = consoleApp('/admin/providers?status=VERIFIED', [verified]);
    const suspend = await screen.findByRole('button', { name: 'Suspend Nina Nurse' });
    await user.click(suspend);
    expect(screen.getByRole('dialog', { name: 'Suspend Nina Nurse' })).toHaveTextContent(/go back to other providers/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(suspend).toHaveFocus();
    expect(api.sent('POST', /suspend$/)).toHaveLength(0);
  });

  it('filters by status, searches and pages through the address', async () => {
    const many = Array.from({ length: 3 }, (_, i) => ({ ...omar, id: `u-${i}`, name: `Provider ${i}` }));
    const { user, api, router } = consoleApp('/admin/providers', [], {
      'GET /api/admin/providers': ({ url }) => json({ items: many, page: Number(url.searchParams.get('page') ?? 0), size: 20, total: 45 }),
    });
    await screen.findAllByTestId('provider');

    await user.click(screen.getByRole('link', { name: 'Suspended' }));
    await waitFor(() => expect(api.sent('GET', /\/api\/admin\/providers$/).at(-1)!.url.searchParams.get('status')).toBe('SUSPENDED'));
    expect(screen.getByRole('link', { name: 'Suspended' })).toHaveAttribute('aria-current', 'page');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'gmc-765');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(api.sent('GET', /\/api\/admin\/providers$/).at(-1)!.url.searchParams.get('q')).toBe('gmc-765'));
    expect(router.state.location.search).toBe('?status=SUSPENDED&q=gmc-765');

    await user.click(within(screen.getByRole('navigation', { name: 'Provider pages' })).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.sent('GET', /\/api\/admin\/providers$/).at(-1)!.url.searchParams.get('page')).toBe('1'));
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ALL&q=gmc-765'));
    expect(api.sent('GET', /\/api\/admin\/providers$/).at(-1)!.url.searchParams.has('status')).toBe(false);
  });
});
