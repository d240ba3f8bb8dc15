import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { patient } from '@/testing/test-utils';
import { getAccessToken, getSession, isRestoring, lastEndReason, startSession } from './session';
import { getFreshToken, keepSessionFresh, restoreSession } from './session-renewal';

const login = (expiresIn = 900) => startSession({ accessToken: 't0', tokenType: 'Bearer', expiresIn, user: patient });

/**
 * The refresh endpoint handing out t1, t2… (a new token per renewal, as the cookie rotates), unless
 * `answer` says otherwise.
 */
function refreshing(answer: () => Response | Promise<Response> | undefined = () => undefined) {
  let issued = 0;
  const mock = mockFetch({
    'POST /api/auth/refresh': () => answer() ?? json({ accessToken: `t${++issued}`, tokenType: 'Bearer', expiresIn: 900, user: patient }),
  });
  return { ...mock, refreshes: () => mock.sent('POST', /^\/api\/auth\/refresh$/) };
}

const stops: Array<() => void> = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

describe('session renewal', () => {
  it('signs a new tab in through the cookie: one refresh, no bearer token, same-origin credentials and X-Requested-With', async () => {
    const mock = refreshing();
    await restoreSession();
    expect(getAccessToken()).toBe('t1');
    expect(getSession()?.user.id).toBe(patient.id);
    const [refresh] = mock.refreshes();
    expect(mock.refreshes()).toHaveLength(1);
    expect(refresh!.headers.get('x-requested-with')).toBe('medondoor');
    expect(refresh!.headers.has('authorization')).toBe(false);
    expect(mock.fetchMock.mock.calls[0]![1]!.credentials).toBe('same-origin');
  });

  it('leaves a visitor without a session signed out, and does not say a session ended', async () => {
    const mock = refreshing(() => problem(401, { type: 'https://medondoor.app/problems/session-ended' }));
    await restoreSession();
    expect(getSession()).toBeNull();
    expect(lastEndReason()).not.toBe('expired');
    expect(mock.refreshes()).toHaveLength(1);
  });

  it('keeps signing in while the service cannot be reached, and takes the session up once back online', async () => {
    let reachable = false;
    const mock = refreshing(() => (reachable ? undefined : Promise.reject(new TypeError('Failed to fetch'))));
    const restored = restoreSession();
    await vi.waitFor(() => expect(mock.refreshes()).toHaveLength(1));
    expect(isRestoring()).toBe(true);
    expect(getSession()).toBeNull();
    reachable = true;
    // Said until heard: the app starts listening once its first attempt has failed.
    await vi.waitFor(() => {
      window.dispatchEvent(new Event('online'));
      expect(mock.refreshes()).toHaveLength(2);
    });
    await restored;
    expect(getAccessToken()).toBe('t1');
    expect(isRestoring()).toBe(false);
    expect(mock.refreshes()).toHaveLength(2);
  });

  it('does not ask the server when the tab already has a token', async () => {
    login();
    const mock = refreshing();
    await restoreSession();
    expect(mock.requests).toHaveLength(0);
  });

  it('renews silently a minute before the token expires, and again before the next one does', async () => {
    vi.useFakeTimers();
    const mock = refreshing();
    login(900);
    stops.push(keepSessionFresh());

    await vi.advanceTimersByTimeAsync(839_000);
    expect(mock.refreshes()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(mock.refreshes()).toHaveLength(1);
    expect(getAccessToken()).toBe('t1');

    await vi.advanceTimersByTimeAsync(839_000);
    expect(mock.refreshes()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(getAccessToken()).toBe('t2');
  });

  it('keeps the session through a renewal that got no answer, and tries again 30 s later', async () => {
    vi.useFakeTimers();
    let offline = true;
    const mock = refreshing(() => (offline ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    login(900);
    stops.push(keepSessionFresh());

    await vi.advanceTimersByTimeAsync(840_000);
    expect(mock.refreshes()).toHaveLength(1);
    expect(getAccessToken(), 'the token still has a minute').toBe('t0');

    offline = false;
    await vi.advanceTimersByTimeAsync(29_000);
    expect(mock.refreshes()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(mock.refreshes()).toHaveLength(2);
    expect(getAccessToken()).toBe('t1');
  });

  it('ends the session, saying it has ended, when the server refuses to renew it', async () => {
    vi.useFakeTimers();
    refreshing(() => problem(401, { type: 'https://medondoor.app/problems/session-ended' }));
    login(900);
    stops.push(keepSessionFresh());
    await vi.advanceTimersByTimeAsync(840_000);
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
  });

  it('renews once for calls that need a token at the same time', async () => {
    login();
    const mock = refreshing();
    const tokens = await Promise.all([getFreshToken('t0'), getFreshToken('t0'), getFreshToken('t0')]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    expect(mock.refreshes()).toHaveLength(1);
  });
});
