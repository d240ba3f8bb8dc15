import { useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { Role } from '@/types/api';
import { lastEndReason, useSession } from './session';

/** Where each role lands after signing in, and where it is sent from the other role's pages. */
export function homeFor(role: Role): string {
  if (role === 'ADMIN') return '/admin';
  return role === 'PROVIDER' ? '/provider' : '/bookings';
}

/** Accepts only a same-origin path as a return target, so a crafted link cannot send anyone away. */
export function safeRedirect(target: string | null | undefined): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null;
  return target;
}

export function loginPath(redirectTo?: string): string {
  return redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login';
}

/**
 * Renders its children only for a signed-in person of the given role: anyone else goes to /login
 * (with the page they wanted, unless they just logged out), the other role to its own home. The
 * backend still checks every call; this only keeps people on pages that can work for them.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  // Someone who logs out here is not coming back to this page; someone whose token expired, or
  // who followed a link while signed out, is.
  const signedInHere = useRef(false);
  if (session) signedInHere.current = true;
  if (!session) {
    const loggedOutHere = signedInHere.current && lastEndReason() === 'logout';
    const wanted = loggedOutHere ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to={loginPath(wanted)} replace />;
  }
  if (session.user.role !== role) return <Navigate to={homeFor(session.user.role)} replace />;
  return <>{children}</>;
}

/**
 * For /login and /register: a signed-in person goes on to the page they were sent away from
 * (`?redirectTo=`), or else to their home.
 */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const [params] = useSearchParams();
  if (session) return <Navigate to={safeRedirect(params.get('redirectTo')) ?? homeFor(session.user.role)} replace />;
  return <>{children}</>;
}
