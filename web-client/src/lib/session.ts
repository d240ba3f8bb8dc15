import { useSyncExternalStore } from 'react';
import type { LoginResponse, User } from '@/types/api';

/**
 * The signed-in session: the access token, when it expires and who it belongs to.
 *
 * Kept in memory and mirrored to sessionStorage (this tab only, survives a reload); never in
 * localStorage or a cookie. See README.md for why.
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

const STORAGE_KEY = 'medondoor.session';
// setTimeout takes at most a signed 32-bit delay; a longer token simply re-arms on the next start.
const MAX_TIMER_MS = 2_147_483_647;

let current: Session | null = null;
let lastEnd: EndReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function armExpiry(session: Session) {
  clearTimeout(expiryTimer);
  const delay = Math.min(Math.max(session.expiresAt - Date.now(), 0), MAX_TIMER_MS);
  expiryTimer = setTimeout(() => endSession('expired'), delay);
}

function readStored(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    if (typeof parsed?.accessToken !== 'string' || typeof parsed.expiresAt !== 'number' || !parsed.user) return null;
    return parsed.expiresAt > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

/** Loads the session this tab stored before a reload; called once at start-up (and by tests). */
export function loadSession(): Session | null {
  current = readStored();
  if (current) armExpiry(current);
  else sessionStorage.removeItem(STORAGE_KEY);
  notify();
  return current;
}

export function startSession(login: LoginResponse): Session {
  const session: Session = {
    accessToken: login.accessToken,
    expiresAt: Date.now() + login.expiresIn * 1000,
    user: login.user,
  };
  current = session;
  lastEnd = null;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  armExpiry(session);
  notify();
  return session;
}

function persist(session: Session) {
  current = session;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  notify();
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
  persist({ ...current, user, notVerified });
}

/** Called when the server answers 403 `provider-not-verified`; see {@link Session.notVerified}. */
export function reportNotVerified() {
  if (!current || current.user.role !== 'PROVIDER' || current.notVerified) return;
  persist({ ...current, notVerified: true });
}

export function endSession(reason: EndReason) {
  clearTimeout(expiryTimer);
  sessionStorage.removeItem(STORAGE_KEY);
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

/** Why the last session ended, so the login page can say "your session expired". */
export function lastEndReason(): EndReason | null {
  return lastEnd;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
