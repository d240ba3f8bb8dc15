import { Link, useLocation, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { lastEndReason } from '@/lib/session';

export function LoginRoute() {
  const [params] = useSearchParams();
  const { state } = useLocation();
  const redirectTo = params.get('redirectTo');
  const expired = lastEndReason() === 'expired';
  const register = redirectTo ? `/register?redirectTo=${encodeURIComponent(redirectTo)}` : '/register';
  // From "Log in instead" on the sign-up form: the email it already knows.
  const email = typeof state?.email === 'string' ? state.email : undefined;
  return (
    <section className="narrow">
      <title>Log in · MedOnDoor</title>
      <h1>Log in</h1>
      {expired && (
        <p role="status" className="notice notice--warning">
          Your session has ended; please log in again.
        </p>
      )}
      <LoginForm initialEmail={email} />
      <p>
        New here? <Link to={register}>Create an account</Link>
      </p>
    </section>
  );
}
