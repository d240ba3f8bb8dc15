import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { patient, provider, providerIn, signIn } from '@/testing/test-utils';
import { api, ApiError } from './api-client';
import { endSession, getAccessToken, getSession, lastEndReason, loadSession, startSession, updateSessionUser } from './session';

const login = (expiresIn = 900) => startSession({ accessToken: 'abc', tokenType: 'Bearer', expiresIn, user: patient });

afterEach(() => {
  vi.useRealTimers();
});

describe('session', () => {
  it('keeps the token in memory and sessionStorage only, and survives a reload of the tab', () => {
    login();
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(JSON.parse(sessionStorage.getItem('medondoor.session')!).accessToken).toBe('abc');
    expect(loadSession()?.user.id).toBe(patient.id);
  });

  it('ends by itself when the token expires', () => {
    vi.useFakeTimers();
    login(60);
    vi.advanceTimersByTime(59_000);
    expect(getAccessToken()).toBe('abc');
    vi.advanceTimersByTime(1_000);
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
    expect(sessionStorage.getItem('medondoor.session')).toBeNull();
  });

  it('never takes back a verification status for an older one (a fetch overtaken by a live event)', () => {
    signIn(providerIn('UNVERIFIED', null, '2030-01-01T00:00:00Z'));
    updateSessionUser(providerIn('VERIFIED', null, '2030-01-02T00:00:00Z'));
    updateSessionUser(providerIn('UNVERIFIED', null, '2030-01-01T00:00:00Z'));
    expect(getSession()?.user.verification?.status).toBe('VERIFIED');
    updateSessionUser(providerIn('SUSPENDED', 'Complaints', '2030-01-03T00:00:00Z'));
    expect(getSession()?.user.verification).toEqual({ status: 'SUSPENDED', reason: 'Complaints', changedAt: '2030-01-03T00:00:00Z' });
  });

  it('does not restore an expired token after a reload', () => {
    sessionStorage.setItem('medondoor.session', JSON.stringify({ accessToken: 'old', expiresAt: Date.now() - 1, user: patient }));
    expect(loadSession()).toBeNull();
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

  it('ends the session on a 401 to a signed-in call', async () => {
    login();
    mockFetch({ 'GET /api/me': () => problem(401) });
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
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
