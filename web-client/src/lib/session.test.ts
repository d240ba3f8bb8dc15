import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { patient, provider, providerIn, signIn } from '@/testing/test-utils';
import { api, ApiError, ConnectionError, errorMessage, STATE_CHANGE_TIMEOUT_MS } from './api-client';
import { endSession, getAccessToken, getSession, lastEndReason, startSession, updateSessionUser } from './session';

const login = (expiresIn = 900) => startSession({ accessToken: 'abc', tokenType: 'Bearer', expiresIn, user: patient });
const renewed = (accessToken = 'renewed') => () => json({ accessToken, tokenType: 'Bearer', expiresIn: 900, user: patient });

afterEach(() => {
  vi.useRealTimers();
});

describe('session', () => {
  it('keeps the token in memory only: nothing in sessionStorage, localStorage or a readable cookie', () => {
    login();
    expect(getAccessToken()).toBe('abc');
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('never takes back a verification status for an older one (a fetch overtaken by a live event)', () => {
    signIn(providerIn('UNVERIFIED', null, '2030-01-01T00:00:00Z'));
    updateSessionUser(providerIn('VERIFIED', null, '2030-01-02T00:00:00Z'));
    updateSessionUser(providerIn('UNVERIFIED', null, '2030-01-01T00:00:00Z'));
    expect(getSession()?.user.verification?.status).toBe('VERIFIED');
    updateSessionUser(providerIn('SUSPENDED', 'Complaints', '2030-01-03T00:00:00Z'));
    expect(getSession()?.user.verification).toEqual({ status: 'SUSPENDED', reason: 'Complaints', changedAt: '2030-01-03T00:00:00Z' });
  });
});

describe('api client', () => {
  it('sends the bearer token and parses problem bodies', async () => {
    login();
    const mock = mockFetch({
      'GET /api/me': ({ headers }) => json({ auth: headers.get('authorization') }),
      'POST /api/bookings': () => problem(400, { detail: 'address: must not be blank', errors: [{ field: 'address', message: 'must not be blank' }] }),
    });
    await expect(api.get('/api/me')).resolves.toEqual({ auth: 'Bearer abc' });
    const error = await api.post('/api/bookings', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ address: 'must not be blank' });
    expect(mock.requests[1]!.headers.get('content-type')).toBe('application/json');
  });

  it('sends X-Requested-With on every call, the service\'s check against cross-site requests', async () => {
    login();
    const mock = mockFetch({ 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    await api.post('/api/auth/logout');
    expect(mock.requests[0]!.headers.get('x-requested-with'), 'logout is refused without it').toBe('medondoor');
  });

  it('on a 401 renews the token and sends the request once more, with the new token', async () => {
    login();
    const mock = mockFetch({
      'POST /api/auth/refresh': renewed(),
      'POST /api/jobs/:id/claim': ({ headers }) => (headers.get('authorization') === 'Bearer renewed' ? json({ id: 'j1' }) : problem(401)),
    });
    await expect(api.post('/api/jobs/j1/claim')).resolves.toEqual({ id: 'j1' });
    expect(mock.sent('POST', /\/claim$/).map((r) => r.headers.get('authorization'))).toEqual(['Bearer abc', 'Bearer renewed']);
    expect(mock.sent('POST', /\/refresh$/)).toHaveLength(1);
    expect(getAccessToken()).toBe('renewed');
  });

  it('retries only once: a renewed token refused too ends the session', async () => {
    login();
    const mock = mockFetch({ 'POST /api/auth/refresh': renewed(), 'GET /api/me': () => problem(401) });
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(mock.sent('GET', /\/me$/), 'the original and one retry').toHaveLength(2);
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
  });

  it('ends the session when the renewal is refused (session-ended), without sending the request again', async () => {
    login();
    const mock = mockFetch({
      'POST /api/auth/refresh': () => problem(401, { type: 'https://medondoor.app/problems/session-ended', title: 'Session ended' }),
      'GET /api/me': () => problem(401, { detail: 'The token is no longer valid.' }),
    });
    await expect(api.get('/api/me')).rejects.toThrow('The token is no longer valid.');
    expect(mock.sent('GET', /\/me$/)).toHaveLength(1);
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
  });

  it('renews a token about to expire before sending, rather than have it refused', async () => {
    vi.useFakeTimers();
    login(60);
    vi.advanceTimersByTime(55_000);
    const mock = mockFetch({ 'POST /api/auth/refresh': renewed(), 'GET /api/me': ({ headers }) => json({ auth: headers.get('authorization') }) });
    await expect(api.get('/api/me')).resolves.toEqual({ auth: 'Bearer renewed' });
    expect(mock.requests.map((r) => r.url.pathname)).toEqual(['/api/auth/refresh', '/api/me']);
  });

  it('abandons a change of state with no answer after 15 s, as a ConnectionError, and never sends it again', async () => {
    vi.useFakeTimers();
    login();
    const mock = mockFetch({ 'POST /api/bookings/:id/cancel': () => new Promise<Response>(() => undefined) });
    const outcome = api.post('/api/bookings/b1/cancel').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(STATE_CHANGE_TIMEOUT_MS);
    const error = await outcome;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(errorMessage(error, 'the booking was not cancelled')).toBe(
      'No answer in time, so the app stopped waiting: as far as it knows, the booking was not cancelled. If the service got it after all, this page shows it by itself.',
    );
    expect(mock.requests[0]!.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(mock.requests).toHaveLength(1);
  });

  it('gives reads no deadline: a query is cancelled by its own signal only', async () => {
    vi.useFakeTimers();
    login();
    let answer!: (response: Response) => void;
    mockFetch({ 'GET /api/me': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const read = api.get('/api/me');
    await vi.advanceTimersByTimeAsync(60_000);
    answer(json({ id: 'late' }));
    await expect(read).resolves.toEqual({ id: 'late' });
  });

  it('marks a provider not verified on a 403 provider-not-verified, until the server says otherwise', async () => {
    signIn(provider);
    mockFetch({
      'POST /api/jobs/:id/claim': () =>
        problem(403, { type: 'https://medondoor.app/problems/provider-not-verified', title: 'Provider not verified', detail: 'The provider is SUSPENDED.' }),
      'GET /api/jobs/mine': () => problem(403, { type: 'https://medondoor.app/problems/forbidden', title: 'Forbidden' }),
    });
    await expect(api.get('/api/jobs/mine')).rejects.toMatchObject({ status: 403 });
    expect(getSession()?.notVerified).toBeFalsy();
    await expect(api.post('/api/jobs/j1/claim')).rejects.toMatchObject({ status: 403 });
    expect(getSession()?.notVerified).toBe(true);
    expect(getAccessToken()).toBe(`token-${provider.id}`);
    updateSessionUser(providerIn('SUSPENDED', 'Complaints'));
    expect(getSession()?.notVerified).toBe(false);
  });

  it('leaves the session alone on a 401 that carried no token (a wrong password)', async () => {
    endSession('logout');
    const before = lastEndReason();
    const mock = mockFetch({ 'POST /api/auth/login': () => problem(401, { detail: 'Email or password is incorrect.' }) });
    await expect(api.post('/api/auth/login', {})).rejects.toThrow('Email or password is incorrect.');
    expect(mock.requests[0]!.headers.has('authorization')).toBe(false);
    expect(lastEndReason()).toBe(before);
  });
});
