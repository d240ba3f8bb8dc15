import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/session';
import { json, mockFetch, problem, sseRoute } from '@/testing/mock-fetch';
import { makeBooking, page, provider, providerIn, redacted, renderApp, signIn } from '@/testing/test-utils';
import type { User } from '@/types/api';

const onDuty = { onDuty: true, capacity: 1, activeVisits: 0 };
const NOT_VERIFIED = 'https://medondoor.app/problems/provider-not-verified';

function providerApp(user: User, extra: Parameters<typeof mockFetch>[0] = {}) {
  signIn(user);
  const account = sseRoute();
  const jobs = sseRoute();
  const api = mockFetch({
    'GET /api/me': () => json(user),
    'GET /api/me/stream': account.handler,
    'GET /api/jobs/stream': jobs.handler,
    'GET /api/jobs/mine': () => json(page([], 10)),
    'GET /api/jobs/duty': () => json(onDuty),
    'GET /api/providers/:id/ratings': () => json({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 }),
    ...extra,
  });
  return { ...renderApp('/provider'), account, jobs, api };
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('a provider who is not verified', () => {
  it('waits on the status page, then gets the job board the moment an administrator approves, without logging in again', async () => {
    const waiting = providerIn('UNVERIFIED', null, '2030-01-01T00:00:00Z');
    const { account, jobs, api, router } = providerApp(waiting);

    expect(await screen.findByRole('heading', { level: 1, name: 'Awaiting verification' })).toBeInTheDocument();
    expect(screen.getByTestId('professional-facts')).toHaveTextContent('Licence or registration numberRN-123456');
    await waitFor(() => expect(account.feeds).toHaveLength(1));
    expect(account.connections[0]!.headers.get('authorization')).toBe(`Bearer token-${provider.id}`);
    expect(account.connections[0]!.url.search).toBe('');
    expect(jobs.feeds).toHaveLength(0);

    account.current.event(1, 'account.updated', waiting);
    account.current.event(2, 'account.updated', providerIn('VERIFIED', null, '2030-01-02T00:00:00Z'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Nurse home visit jobs' })).toBeInTheDocument();
    expect(screen.getByText(/your account is verified/i)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(heading()).toHaveFocus());
    await waitFor(() => expect(jobs.feeds).toHaveLength(1));
    expect(account.connections[0]!.signal?.aborted).toBe(true);
    expect(router.state.location.pathname).toBe('/provider');
    expect(api.sent('POST', /\/api\/auth\/login$/)).toHaveLength(0);
    expect(getSession()?.accessToken).toBe(`token-${provider.id}`);
  });

  it('when rejected, sees the reason and resubmits corrected details, which puts them back in the queue', async () => {
    const rejected = providerIn('REJECTED', 'The licence number does not match the register.');
    let sent: unknown;
    const { user } = providerApp(rejected, {
      'PUT /api/me/professional': ({ body }) => {
        sent = body;
        return json(providerIn('UNVERIFIED', null, '2030-01-03T00:00:00Z'));
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Your registration was not approved' })).toBeInTheDocument();
    expect(screen.getByTestId('verification-reason')).toHaveTextContent('The licence number does not match the register.');
    const field = screen.getByLabelText('Licence or registration number');
    expect(field).toHaveValue('RN-123456');

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Send for verification' }));
    expect(field).toHaveAccessibleDescription(/Enter your licence or registration number\./);
    expect(sent).toBeUndefined();

    await user.type(field, ' RN-654321 ');
    await user.click(screen.getByRole('button', { name: 'Send for verification' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Awaiting verification' })).toBeInTheDocument();
    expect(sent).toEqual({ licenceNumber: 'RN-654321' });
    expect(screen.getByTestId('verification-announcement')).toHaveTextContent('Your details were sent. An administrator will check them again.');
  });

  it('while waiting, may correct a mistake in what they sent', async () => {
    const waiting = providerIn('UNVERIFIED');
    let sent: unknown;
    const { user } = providerApp(waiting, {
      'PUT /api/me/professional': ({ body }) => {
        sent = body;
        return json({ ...waiting, professional: body, verification: { ...waiting.verification!, changedAt: '2030-01-03T00:00:00Z' } });
      },
    });
    await user.click(await screen.findByText('Made a mistake? Correct what you sent'));
    const field = screen.getByLabelText('Licence or registration number');
    await user.clear(field);
    await user.type(field, 'RN-123465');
    await user.click(screen.getByRole('button', { name: 'Send for verification' }));

    expect(await screen.findByText('Sent. An administrator will check your corrected details.')).toHaveAttribute('role', 'status');
    expect(sent).toEqual({ licenceNumber: 'RN-123465' });
    expect(heading()).toHaveTextContent('Awaiting verification');
    expect(screen.getByTestId('professional-facts')).toHaveTextContent('RN-123465');
  });

  it('shows the server’s field errors on the resubmitted details', async () => {
    const { user } = providerApp(providerIn('REJECTED', 'Unreadable'), {
      'PUT /api/me/professional': () =>
        problem(400, { title: 'Invalid request', errors: [{ field: 'licenceNumber', message: 'must be at most 50 characters' }] }),
    });
    await user.click(await screen.findByRole('button', { name: 'Send for verification' }));
    await waitFor(() => expect(screen.getByLabelText('Licence or registration number')).toHaveAccessibleDescription(/must be at most 50 characters/));
    expect(screen.getByLabelText('Licence or registration number')).toHaveAttribute('aria-invalid', 'true');
  });

  it('when suspended, sees the reason and their history, and no job stream is opened', async () => {
    const done = { ...makeBooking({ status: 'COMPLETED', provider: { id: provider.id, name: provider.name } }) };
    const { jobs } = providerApp(providerIn('SUSPENDED', 'Repeated no-shows'), {
      'GET /api/jobs/mine': ({ url }) => json(page(url.searchParams.get('status') === 'COMPLETED' ? [done] : [], 10)),
      'GET /api/jobs/duty': () => json(onDuty),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is suspended' })).toBeInTheDocument();
    expect(screen.getByTestId('verification-reason')).toHaveTextContent('Repeated no-shows');
    expect(await screen.findByTestId('history-job')).toHaveAttribute('data-id', done.id);
    expect(jobs.feeds).toHaveLength(0);
  });
});

describe('a verified provider’s board', () => {
  it('closes live when the job stream says the account was suspended', async () => {
    const { jobs, account } = providerApp(provider);
    await waitFor(() => expect(jobs.feeds).toHaveLength(1));
    jobs.current.event(1, 'snapshot', page([redacted(makeBooking())], 100));
    expect(await screen.findByTestId('job-card')).toBeInTheDocument();

    jobs.current.event(2, 'account.updated', providerIn('SUSPENDED', 'Repeated no-shows'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is suspended' })).toBeInTheDocument();
    expect(screen.getByTestId('verification-reason')).toHaveTextContent('Repeated no-shows');
    expect(screen.queryByTestId('job-card')).not.toBeInTheDocument();
    expect(jobs.connections[0]!.signal?.aborted).toBe(true);
    await waitFor(() => expect(account.feeds).toHaveLength(1));
    await waitFor(() => expect(heading()).toHaveFocus());
  });

  it('switches to the status page when a claim answers 403 provider-not-verified, and shows the status the account stream gives', async () => {
    const { jobs, account, user } = providerApp(provider, {
      'POST /api/jobs/:id/claim': () => problem(403, { type: NOT_VERIFIED, title: 'Provider not verified', detail: 'The provider is SUSPENDED.' }),
    });
    await waitFor(() => expect(jobs.feeds).toHaveLength(1));
    jobs.current.event(1, 'snapshot', page([redacted(makeBooking())], 100));
    await user.click(within(await screen.findByTestId('job-card')).getByRole('button', { name: /accept/i }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Checking your account…' })).toBeInTheDocument();
    await waitFor(() => expect(account.feeds).toHaveLength(1));
    account.current.event(1, 'account.updated', providerIn('SUSPENDED', 'Licence expired'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is suspended' })).toBeInTheDocument();
    expect(screen.getByTestId('verification-reason')).toHaveTextContent('Licence expired');
  });

  it('switches to the status page when the job stream itself answers 403', async () => {
    const { account } = providerApp(provider, {
      'GET /api/jobs/stream': () => problem(403, { type: NOT_VERIFIED, title: 'Provider not verified', detail: 'The provider is UNVERIFIED.' }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Checking your account…' })).toBeInTheDocument();
    await waitFor(() => expect(account.feeds).toHaveLength(1));
    account.current.event(1, 'account.updated', providerIn('UNVERIFIED'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Awaiting verification' })).toBeInTheDocument();
  });
});
