import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { compact, isEmail } from '@/lib/validation';
import { useLogin } from '../api/login';
import { focusFirstInvalid } from '@/lib/focus';

/** Signs in; the login route sends the person on once the session exists. */
export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const login = useLogin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = compact({
      email: !email.trim() ? 'Enter your email address.' : !isEmail(email) && 'Enter a valid email address, like name@example.com.',
      password: !password && 'Enter your password.',
    });
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0 || login.isPending) return;
    login.mutate({ email: email.trim(), password });
  };

  const serverErrors = login.error instanceof ApiError ? login.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log in" data-testid="login-form">
      <FormError message={login.error && !hasFieldErrors ? errorMessage(login.error) : null} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email ?? serverErrors.email}
        required
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password ?? serverErrors.password}
        required
      />
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
