import { useSyncExternalStore } from 'react';
import type { LoginResponse, User } from '@/types/api';

/**
 * The signed-in session: the access token, when it expires and who it belongs to.
 *
 * Kept in memory only: never in sessionStorage, localStorage or a script-readable cookie. A reload or
 * a new tab gets a token from the HttpOnly refresh cookie instead (`session-renewal.ts`). See
 * README.md for why.
 */
export interface Session {
  accessToken: string;
  expiresAt: number;
  user: User;
  /**
   * The server refused this provider as not verified (403 `provider-not-verified`) after the user
   * copy here last said VERIFIED: their pages show the status page until the server's next word on
   * the account.
   */
  notVerified?: boolean;
}

export type EndReason = 'logout' | 'expired';

let current: Session | null = null;
let lastEnd: EndReason | null = null;
let restoring = false;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Takes a new token: from logging in, a renewal, or another tab. */
export function setSession(session: Session): Session {
  current = session;
  lastEnd = null;
  notify();
  return session;
}

export function startSession(login: LoginResponse): Session {
  return setSession({ accessToken: login.accessToken, expiresAt: Date.now() + login.expiresIn * 1000, user: login.user });
}

function changedAt(user: User): number {
  return user.verification ? Date.parse(user.verification.changedAt) : Number.NaN;
}

/**
 * Replaces the user with the server's newer copy (GET /api/me, an `account.updated` event), keeping
 * the token. A copy older than what we know of the verification (a fetch overtaken by a live event)
 * is ignored, so that a status never goes back. A 403 `provider-not-verified` seen before is settled
 * by a copy with a newer verification, or by one read after it (`settles`: the account stream, which
 * is opened after the refusal, and the answer to a change of the details).
 */
export function updateSessionUser(user: User, { settles = false } = {}) {
  if (!current || current.user.id !== user.id) return;
  if (changedAt(user) < changedAt(current.user)) return;
  const notVerified = Boolean(current.notVerified) && !settles && !(changedAt(user) > changedAt(current.user));
  current = { ...current, user, notVerified };
  notify();
}

/** Called when the server answers 403 `provider-not-verified`; see {@link Session.notVerified}. */
export function reportNotVerified() {
  if (!current || current.user.role !== 'PROVIDER' || current.notVerified) return;
  current = { ...current, notVerified: true };
  notify();
}

export function endSession(reason: EndReason) {
  if (!current) return;
  current = null;
  lastEnd = reason;
  notify();
}

export function getSession(): Session | null {
  return current;
}

/** The bearer token, or null when signed out or already past its expiry. */
export function getAccessToken(): string | null {
  return current && current.expiresAt > Date.now() ? current.accessToken : null;
}

/** Why the last session ended, so the login page can say "your session has ended". */
export function lastEndReason(): EndReason | null {
  return lastEnd;
}

/** While true, the app is asking the server whether its cookie still holds a session (start-up). */
export function setRestoring(value: boolean) {
  if (restoring === value) return;
  restoring = value;
  notify();
}

export function isRestoring(): boolean {
  return restoring;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

export function useSessionRestoring(): boolean {
  return useSyncExternalStore(subscribeSession, isRestoring, isRestoring);
}
