import { useState, type FormEvent } from 'react';
import { AccountFields, accountErrors, EMPTY_ACCOUNT, type NewAccount } from '@/components/account-fields';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { compact } from '@/lib/validation';
import { useCreateAdmin } from '../api/create-admin';

/** Creates another administrator; the service records who did it. */
export function CreateAdminForm() {
  const [account, setAccount] = useState<NewAccount>(EMPTY_ACCOUNT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateAdmin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = compact(accountErrors(account, 'their'));
    setErrors(found);
    setCreated(null);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0 || create.isPending) return;
    create.mutate(
      { name: account.name.trim(), email: account.email.trim(), password: account.password },
      {
        onSuccess: (admin) => {
          setAccount(EMPTY_ACCOUNT);
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
      <AccountFields account={account} onChange={setAccount} error={fieldError} own={false} passwordHint="At least 8 characters. They sign in with it." />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create administrator'}
      </button>
      <p role="status" className={created ? 'notice notice--success' : undefined}>
        {created}
      </p>
    </form>
  );
}
