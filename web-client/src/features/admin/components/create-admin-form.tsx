import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { compact, isEmail, utf8Length } from '@/lib/validation';
import { useCreateAdmin } from '../api/create-admin';

/** Creates another administrator; the service records who did it. */
export function CreateAdminForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateAdmin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = compact({
      name: !name.trim() ? 'Enter their name.' : name.trim().length > 100 && 'Use at most 100 characters.',
      email: !email.trim() ? 'Enter their email address.' : !isEmail(email) && 'Enter a valid email address, like name@example.com.',
      password:
        password.length < 8 ? 'Use at least 8 characters.' : utf8Length(password) > 72 && 'Use at most 72 bytes (fewer with accents or emoji).',
    });
    setErrors(found);
    setCreated(null);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0 || create.isPending) return;
    create.mutate(
      { name: name.trim(), email: email.trim(), password },
      {
        onSuccess: (admin) => {
          setName('');
          setEmail('');
          setPassword('');
          setCreated(`${admin.name} (${admin.email}) is now an administrator. Give them their password in person or by another safe channel.`);
        },
      },
    );
  };

  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  const fieldError = (field: string) => errors[field] ?? serverErrors[field];

  return (
    <form className="form card" onSubmit={submit} noValidate aria-label="Create an administrator" data-testid="create-admin-form">
      <FormError message={create.error && !hasFieldErrors ? errorMessage(create.error) : null} />
      <TextField label="Name" name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} required />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError('email')}
        required
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError('password')}
        hint="At least 8 characters. They sign in with it."
        required
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create administrator'}
      </button>
      <p role="status" className={created ? 'notice notice--success' : undefined}>
        {created}
      </p>
    </form>
  );
}
