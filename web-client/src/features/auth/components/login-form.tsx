import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormErrors } from '@/hooks/use-form-errors';
import { errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { isEmail } from '@/lib/validation';
import { useLogin } from '../api/login';

const SUBJECTS = { email: 'The email address', password: 'The password' };

/**
 * Signs in; the login route sends the person on once the session exists. `initialEmail` comes from the
 * sign-up form when its email already had an account.
 */
export function LoginForm({ initialEmail = '' }: { initialEmail?: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const login = useLogin();
  const errors = useFormErrors({
    checks: {
      email: !email.trim() ? 'Enter your email address.' : !isEmail(email) && 'Enter a valid email address, like name@example.com.',
      password: !password && 'Enter your password.',
    },
    values: { email, password },
    error: login.error,
    subjects: SUBJECTS,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = errors.validate();
    if (Object.keys(found).length > 0) focusFirstInvalid(event.currentTarget);
    if (Object.keys(found).length > 0 || login.isPending) return;
    login.mutate({ email: email.trim(), password });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log in" data-testid="login-form">
      {/* A wrong password, or too many tries ("try again in 12 minutes"): the service says it in a sentence. */}
      <FormError message={login.error && !errors.serverNamedFields ? errorMessage(login.error, 'you are not logged in') : null} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.field('email')}
        required
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.field('password')}
        required
      />
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
