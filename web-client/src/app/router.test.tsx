import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/session';
import { restoreSession } from '@/lib/session-renewal';
import { json, mockFetch, problem, sseRoute, type MockHandler } from '@/testing/mock-fetch';
import { page, patient, provider, renderApp, signIn } from '@/testing/test-utils';

function backendRoutes(): Record<string, MockHandler> {
  return {
    'GET /api/me': ({ headers }) => json(headers.get('authorization')?.includes(provider.id) ? provider : patient),
    'GET /api/jobs/stream': sseRoute().handler,
    'GET /api/bookings/stream': sseRoute().handler,
    'GET /api/jobs/mine': () => json(page([])),
    'GET /api/bookings': () => json(page([])),
    'GET /api/providers/:id/ratings': () => json({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 }),
    'POST /api/auth/login': ({ body }) =>
      (body as { password: string }).password === 'correct horse'
        ? json({ accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 900, user: provider })
        : problem(401, { title: 'Unauthorized', detail: 'Email or password is incorrect.' }),
    'POST /api/auth/logout': () => new Response(null, { status: 204 }),
  };
}

const backend = () => mockFetch(backendRoutes());

const where = (router: ReturnType<typeof renderApp>['router']) => `${router.state.location.pathname}${router.state.location.search}`;

describe('route guards', () => {
  it('sends an anonymous visitor to /login with the page they wanted, and back there after login', async () => {
    backend();
    const { router, user } = renderApp('/provider');

    await waitFor(() => expect(where(router)).toBe('/login?redirectTo=%2Fprovider'));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'nina@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(where(router)).toBe('/provider'));
    expect(await screen.findByRole('heading', { name: /nurse home visit jobs/i })).toBeInTheDocument();
  });

  it('keeps deep links: /bookings/<id> comes back after login', async () => {
    backend();
    const { router } = renderApp('/bookings/b-42');
    await waitFor(() => expect(where(router)).toBe('/login?redirectTo=%2Fbookings%2Fb-42'));
  });

  it('sends a patient who opens /provider to /bookings', async () => {
    backend();
    signIn(patient);
    const { router } = renderApp('/provider');
    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings'));
    expect(await screen.findByRole('heading', { name: 'Your bookings' })).toBeInTheDocument();
  });

  it('sends a provider who opens /bookings to /provider', async () => {
    backend();
    signIn(provider);
    const { router } = renderApp('/bookings');
    await waitFor(() => expect(router.state.location.pathname).toBe('/provider'));
  });

  it('sends a signed-in person away from /login to their home', async () => {
    backend();
    signIn(patient);
    const { router } = renderApp('/login');
    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings'));
  });

  it('ignores a return path that leaves the site', async () => {
    backend();
    const { router, user } = renderApp('/login?redirectTo=//evil.example/');
    await user.type(await screen.findByLabelText('Email'), 'nina@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/provider'));
  });

  it('shows the header with the name and logs out from any page', async () => {
    const api = backend();
    signIn(patient);
    const { router, user } = renderApp('/bookings');
    expect(await screen.findByTestId('current-user')).toHaveTextContent(patient.name);

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    await waitFor(() => expect(where(router)).toBe('/login'));
    expect(getSession()).toBeNull();
    expect(api.sent('POST', /\/api\/auth\/logout$/)[0]!.headers.get('authorization')).toBe(`Bearer token-${patient.id}`);
  });

  it('keeps the person signed in, and says so, when a logout cannot reach the server', async () => {
    mockFetch({ ...backendRoutes(), 'POST /api/auth/logout': () => Promise.reject(new TypeError('Failed to fetch')) });
    signIn(patient);
    const { router, user } = renderApp('/bookings');
    await user.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByText('No connection: you are still logged in. Try again.')).toBeInTheDocument();
    expect(getSession()).not.toBeNull();
    expect(where(router)).toBe('/bookings');
  });

  it('on a 401 whose renewal the server refuses ends the session and asks to log in again, keeping the page', async () => {
    const api = mockFetch({
      'GET /api/me': () => problem(401, { title: 'Unauthorized' }),
      'POST /api/auth/refresh': () => problem(401, { type: 'https://medondoor.app/problems/session-ended', title: 'Session ended' }),
      'GET /api/bookings/stream': sseRoute().handler,
      'GET /api/bookings': () => json(page([])),
    });
    signIn(patient);
    const { router } = renderApp('/bookings');
    await waitFor(() => expect(where(router)).toBe('/login?redirectTo=%2Fbookings'));
    expect(await screen.findByText('Your session has ended; please log in again.')).toBeInTheDocument();
    expect(api.sent('POST', /\/api\/auth\/refresh$/).length).toBeGreaterThan(0);
  });

  it('signs a new tab in through the cookie before any page decides, and keeps the page it opened', async () => {
    let answer!: (response: Response) => void;
    mockFetch({
      ...backendRoutes(),
      'POST /api/auth/refresh': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const restored = restoreSession();
    const { router } = renderApp('/bookings/b-42');
    expect(await screen.findByText('Signing you in…')).toBeInTheDocument();
    expect(where(router)).toBe('/bookings/b-42');

    answer(json({ accessToken: 'from-cookie', tokenType: 'Bearer', expiresIn: 900, user: patient }));
    await restored;
    await waitFor(() => expect(screen.queryByText('Signing you in…')).not.toBeInTheDocument());
    expect(where(router)).toBe('/bookings/b-42');
    expect(getSession()?.accessToken).toBe('from-cookie');
  });

  it('shows a wrong password next to the form without leaving the page', async () => {
    backend();
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), 'nina@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
  });
});
