import type { LoginResponse } from '@/types/api';
import { reportServiceReachable } from './connection';
import { endSession, getSession, setRestoring, startSession, subscribeSession } from './session';
import { withRefreshLock } from './session-tabs';

/** Renew this long before the token expires (or at half its life, if that is later). */
export const RENEW_BEFORE_MS = 60_000;
/** After a renewal that got no answer (offline, 5xx), try again this much later. */
export const RENEW_RETRY_MS = 30_000;
/** A token this close to its expiry is renewed before use rather than sent to be refused. */
const EXPIRY_MARGIN_MS = 10_000;
const REFRESH_TIMEOUT_MS = 15_000;
// setTimeout takes at most a signed 32-bit delay.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * POST /api/auth/refresh with the HttpOnly cookie: a new access token, or null when the server says
 * there is no session to renew (401 `session-ended`, or any other refusal trying again cannot fix).
 * Throws when there is no answer worth acting on (offline, timeout, 5xx): the session stands.
 */
async function postRefresh(): Promise<LoginResponse | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REFRESH_TIMEOUT_MS);
  try {
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'medondoor' },
      signal: controller.signal,
    });
    const transient = response.status >= 500 || response.status === 408 || response.status === 429;
    if (transient) throw new Error(`The session could not be renewed (${response.status}).`);
    return response.ok ? ((await response.json()) as LoginResponse) : null;
  } finally {
    clearTimeout(timer);
  }
}

const fresh = (expiresAt: number) => expiresAt - Date.now() > EXPIRY_MARGIN_MS;

/** In the lock: another tab may have renewed while this one waited, and shared its token already. */
async function renewUnlessDone(stale: string | null): Promise<string | null> {
  const session = getSession();
  if (session && session.accessToken !== stale && fresh(session.expiresAt)) return session.accessToken;
  const answer = await postRefresh();
  if (!answer) {
    endSession('expired');
    return null;
  }
  return startSession(answer).accessToken;
}

let pending: Promise<string | null> | null = null;

/**
 * A new access token in place of `stale` (null: none yet), one renewal at a time in this tab and,
 * through the Web Lock, across tabs. Resolves to null when the session has ended (it is then ended
 * here too); rejects when the server could not be reached.
 */
export function refreshSession(stale: string | null): Promise<string | null> {
  pending ??= withRefreshLock(() => renewUnlessDone(stale)).finally(() => {
    pending = null;
  });
  return pending;
}

/**
 * A token fit to send: the current one, or a renewed one when it is about to expire or the server
 * refused it (`rejected`). Null when signed out.
 */
export async function getFreshToken(rejected?: string | null): Promise<string | null> {
  const session = getSession();
  if (!session) return null;
  if (session.accessToken !== rejected && fresh(session.expiresAt)) return session.accessToken;
  return refreshSession(session.accessToken);
}

/** Resolves when the browser says it is back online, or after `ms`, whichever comes first. */
function backOnlineOrAfter(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

/**
 * At start-up, with no token in memory: a session kept by the cookie (a reload, a new tab) is taken up.
 * While the service cannot be reached (offline, 5xx) the app keeps asking, when the browser is back online
 * or every {@link RENEW_RETRY_MS}, rather than showing the login page to someone who is signed in; the
 * offline banner says why meanwhile.
 */
export async function restoreSession(): Promise<void> {
  if (getSession()) return;
  setRestoring(true);
  try {
    for (;;) {
      try {
        await refreshSession(null);
        reportServiceReachable(true);
        return;
      } catch {
        reportServiceReachable(false);
        await backOnlineOrAfter(RENEW_RETRY_MS);
        if (getSession()) return; // another tab shared its token meanwhile
      }
    }
  } finally {
    setRestoring(false);
  }
}

/**
 * Renews the token silently before it expires, whoever gave it (login, a renewal, another tab).
 * Returns a function that stops.
 */
export function keepSessionFresh(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor: string | null = null;
  const arm = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(renew, Math.min(Math.max(delay, 0), MAX_TIMER_MS));
  };
  const follow = () => {
    const session = getSession();
    if ((session?.accessToken ?? null) === armedFor) return;
    armedFor = session?.accessToken ?? null;
    if (!session) return clearTimeout(timer);
    const left = session.expiresAt - Date.now();
    arm(Math.max(left - RENEW_BEFORE_MS, left / 2));
  };
  function renew() {
    refreshSession(getSession()?.accessToken ?? null).then(
      () => {
        // The same token may come back (a renewal another tab made moments before): arm again anyway.
        armedFor = null;
        follow();
      },
      () => arm(RENEW_RETRY_MS),
    );
  }
  follow();
  const unsubscribe = subscribeSession(follow);
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
