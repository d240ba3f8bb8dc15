import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { stubTabs } from '@/testing/tabs';
import { patient, provider } from '@/testing/test-utils';

/** A tab: its own copy of the session modules, connected to the others and renewing on its own timer. */
async function openTab() {
  vi.resetModules();
  const session = await import('./session');
  const renewal = await import('./session-renewal');
  const tabs = await import('./session-tabs');
  cleanups.push(tabs.connectTabs(), renewal.keepSessionFresh());
  return { ...session, ...renewal };
}

const nextToken = () => json({ accessToken: `t${++issued}`, tokenType: 'Bearer', expiresIn: 900, user: patient });

/** The server: each renewal hands out the next token, t1, t2… */
function server(refresh: () => Response | Promise<Response> = nextToken) {
  const mock = mockFetch({ 'POST /api/auth/refresh': refresh });
  return { refreshes: () => mock.sent('POST', /\/api\/auth\/refresh$/).length };
}

const login = (tab: { startSession: typeof import('./session').startSession }, user = patient) =>
  tab.startSession({ accessToken: 't0', tokenType: 'Bearer', expiresIn: 900, user });

let issued = 0;
const cleanups: Array<() => void> = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  issued = 0;
  vi.useRealTimers();
});

describe('tabs', () => {
  it('renew one at a time: one tab asks the server, the other takes its token', async () => {
    vi.useFakeTimers();
    cleanups.push(stubTabs());
    // A slow answer, so that both tabs want a renewal while the first is still out.
    const api = server(() => new Promise((resolve) => setTimeout(() => resolve(nextToken()), 1_000)));
    const a = await openTab();
    const b = await openTab();
    login(a);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.getAccessToken(), 'a login is shared').toBe('t0');

    // Both tabs' timers are due together, a minute before the shared token expires.
    await vi.advanceTimersByTimeAsync(840_000);
    expect(api.refreshes()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);

    expect(api.refreshes(), 'one renewal for both tabs').toBe(1);
    expect(a.getAccessToken()).toBe('t1');
    expect(b.getAccessToken()).toBe('t1');
  });

  it('share a renewal made for a 401 in one tab with the other', async () => {
    cleanups.push(stubTabs());
    server();
    const a = await openTab();
    const b = await openTab();
    login(a);
    await vi.waitFor(() => expect(b.getAccessToken()).toBe('t0'));

    await expect(b.getFreshToken('t0')).resolves.toBe('t1');
    await vi.waitFor(() => expect(a.getAccessToken()).toBe('t1'));
    await expect(a.getFreshToken()).resolves.toBe('t1');
  });

  it('log out together: logging out in one tab logs out every tab', async () => {
    cleanups.push(stubTabs());
    const a = await openTab();
    const b = await openTab();
    login(a);
    await vi.waitFor(() => expect(b.getSession()).not.toBeNull());

    a.endSession('logout');

    await vi.waitFor(() => expect(b.getSession()).toBeNull());
    expect(b.lastEndReason(), 'no "session ended" notice after a logout').toBe('logout');
  });

  it('all say the session has ended when the server refuses to renew it in one', async () => {
    cleanups.push(stubTabs());
    server(() => problem(401, { type: 'https://medondoor.app/problems/session-ended' }));
    const a = await openTab();
    const b = await openTab();
    login(a);
    await vi.waitFor(() => expect(b.getSession()).not.toBeNull());

    await expect(a.getFreshToken('t0')).resolves.toBeNull();

    await vi.waitFor(() => expect(b.getSession()).toBeNull());
    expect(b.lastEndReason()).toBe('expired');
  });

  it('follow the person the browser is signed in as: a login elsewhere replaces another person here', async () => {
    cleanups.push(stubTabs());
    const a = await openTab();
    const b = await openTab();
    login(b, provider);
    login(a, patient);
    await vi.waitFor(() => expect(b.getSession()?.user.id).toBe(patient.id));
  });

  it('keep what a tab knows of its user when another shares a newer token for the same person', async () => {
    cleanups.push(stubTabs());
    const a = await openTab();
    const b = await openTab();
    login(a, provider);
    await vi.waitFor(() => expect(b.getSession()).not.toBeNull());
    b.reportNotVerified();

    a.startSession({ accessToken: 't9', tokenType: 'Bearer', expiresIn: 900, user: provider });

    await vi.waitFor(() => expect(b.getAccessToken()).toBe('t9'));
    expect(b.getSession()?.notVerified).toBe(true);
  });

  it('work alone where the browser has neither BroadcastChannel nor Web Locks', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const api = server();
    const a = await openTab();
    login(a);
    await expect(a.getFreshToken('t0')).resolves.toBe('t1');
    expect(api.refreshes()).toBe(1);
  });
});
