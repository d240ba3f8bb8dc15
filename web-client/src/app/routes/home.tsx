import { Navigate } from 'react-router';
import { homeFor } from '@/lib/auth-routes';
import { useSession } from '@/lib/session';

export function HomeRoute() {
  const session = useSession();
  return <Navigate to={session ? homeFor(session.user.role) : '/login'} replace />;
}
