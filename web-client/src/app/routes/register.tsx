import { Link, useSearchParams } from 'react-router';
import { RegisterForm } from '@/features/auth/components/register-form';
import { loginPath } from '@/lib/auth-routes';

export function RegisterRoute() {
  const [params] = useSearchParams();
  const redirectTo = params.get('redirectTo') ?? undefined;
  // "Work with us" on the landing page: a provider's sign-up.
  const asProvider = params.get('role') === 'provider';
  return (
    <section className="narrow">
      <title>Create an account · MedOnDoor</title>
      <h1>Create an account</h1>
      {asProvider && <p>Sign up as a doctor, a nurse or a courier. We check your professional details, then you see the jobs near you live.</p>}
      <RegisterForm initialRole={asProvider ? 'PROVIDER' : 'USER'} loginPath={loginPath(redirectTo)} />
      <p>
        Already registered? <Link to={loginPath(redirectTo)}>Log in</Link>
      </p>
    </section>
  );
}
