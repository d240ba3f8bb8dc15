import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { compact } from '@/lib/validation';
import type { Professional, User } from '@/types/api';
import { useUpdateProfessional } from '../api/update-professional';
import { missingProfessional, professionalFor } from '@/lib/professional';
import { ProfessionalFields } from './professional-fields';

/** Corrects a rejected provider's details and sends them for verification again. */
export function ProfessionalForm({ user }: { user: User }) {
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
      <h2 id="resubmit-title">Correct your details</h2>
      <p className="muted">Fix what the reason above points to, then send your details to be checked again.</p>
      <FormError message={update.error && !hasFieldErrors ? errorMessage(update.error) : null} />
      <ProfessionalFields serviceType={serviceType} values={values} onChange={setValues} error={error} groupError={serverErrors.professional} />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sending…' : 'Send for verification'}
      </button>
    </form>
  );
}
