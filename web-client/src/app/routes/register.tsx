import { Link, useSearchParams } from 'react-router';
import { RegisterForm } from '@/features/auth/components/register-form';

export function RegisterRoute() {
  const [params] = useSearchParams();
  const redirectTo = params.get('redirectTo');
  return (
    <section className="narrow">
      <title>Create an account · MedOnDoor</title>
      <h1>Create an account</h1>
      <RegisterForm />
      <p>
        Already registered? <Link to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'}>Log in</Link>
      </p>
    </section>
  );
}
