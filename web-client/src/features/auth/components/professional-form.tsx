import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { compact } from '@/lib/validation';
import type { Professional, User } from '@/types/api';
import { useUpdateProfessional } from '../api/update-professional';
import { missingProfessional, professionalFor } from '@/lib/professional';
import { ProfessionalFields } from './professional-fields';

interface ProfessionalFormProps {
  user: User;
  title: string;
  intro: string;
}

/**
 * Corrects a provider's details and sends them for verification (again): a rejected provider goes
 * back to the queue, one still waiting fixes a mistake before anyone checks it.
 */
export function ProfessionalForm({ user, title, intro }: ProfessionalFormProps) {
  const [values, setValues] = useState<Professional>(user.professional ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateProfessional();
  const serviceType = user.serviceType;
  if (!serviceType) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = compact(missingProfessional(serviceType, values));
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0 || update.isPending) return;
    update.mutate(professionalFor(serviceType, values));
  };

  const serverErrors = update.error instanceof ApiError ? update.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  const error = (field: string) => errors[field] ?? serverErrors[field] ?? serverErrors[`professional.${field}`];

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="resubmit-title" data-testid="professional-form">
      <h2 id="resubmit-title">{title}</h2>
      <p className="muted">{intro}</p>
      <FormError message={update.error && !hasFieldErrors ? errorMessage(update.error) : null} />
      <ProfessionalFields serviceType={serviceType} values={values} onChange={setValues} error={error} groupError={serverErrors.professional} />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sending…' : 'Send for verification'}
      </button>
      <p role="status" className={update.isSuccess ? 'notice notice--success' : undefined}>
        {update.isSuccess ? 'Sent. An administrator will check your corrected details.' : null}
      </p>
    </form>
  );
}
