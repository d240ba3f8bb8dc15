import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { errorMessage } from '@/lib/api-client';
import { homeFor } from '@/lib/auth-routes';
import { focusMainHeading } from '@/lib/focus';
import { serviceLabel } from '@/lib/format';
import { useSession, useSessionRestoring, type Session } from '@/lib/session';
import type { User } from '@/types/api';

function roleLabel(user: User): string {
  if (user.role === 'ADMIN') return 'Administrator';
  if (user.role === 'USER') return 'Patient';
  return user.serviceType ? `${serviceLabel(user.serviceType)} provider` : 'Provider';
}

/** A new page takes the keyboard to its heading (not on the first page: the browser starts there anyway). */
function useFocusOnRouteChange() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    focusMainHeading();
  }, [pathname]);
}

/**
 * Who is signed in, and Log out, on the header's one line: on a narrow screen the name is cut short
 * (whole on hover and to screen readers) and the role is left out, rather than Log out wrapping.
 */
function SignedIn({ session }: { session: Session }) {
  const logout = useLogout();
  useMe();
  const { user } = session;
  return (
    <>
      <div className="account">
        <span className="account__who" data-testid="current-user" title={user.name}>
          <strong>{user.name}</strong>
          <span className="account__role muted"> · {roleLabel(user)}</span>
        </span>
        <button type="button" className="button button--secondary account__logout" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {logout.isPending ? 'Logging out…' : 'Log out'}
        </button>
      </div>
      {logout.isError && (
        <p role="alert" className="form-error site-header__error">
          {errorMessage(logout.error, 'you are still logged in')}
        </p>
      )}
    </>
  );
}

/**
 * The page frame: a skip link, the header with who is signed in and Log out, and the page. While the
 * app asks whether the browser still holds a session (start-up), no page decides yet who this is.
 */
export function AppLayout() {
  const session = useSession();
  const restoring = useSessionRestoring();
  useFocusOnRouteChange();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={session ? homeFor(session.user.role) : '/'} className="brand">
          MedOnDoor
        </Link>
        {session && <SignedIn key={session.user.id} session={session} />}
      </header>
      <OfflineBanner />
      <main id="main" className="site-main" tabIndex={-1}>
        {restoring ? (
          <p role="status" className="muted">
            Signing you in…
          </p>
        ) : (
          <Outlet />
        )}
      </main>
    </>
  );
}
