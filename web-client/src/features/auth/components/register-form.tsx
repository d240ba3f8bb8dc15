import { useState, type FormEvent } from 'react';
import { AccountFields, accountErrors, EMPTY_ACCOUNT, type NewAccount } from '@/components/account-fields';
import { SelectField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { serviceLabel } from '@/lib/format';
import { compact } from '@/lib/validation';
import { SERVICE_TYPES, type Professional, type Role, type ServiceType } from '@/types/api';
import { useLogin } from '../api/login';
import { useRegister } from '../api/register';
import { focusFirstInvalid } from '@/lib/focus';
import { missingProfessional, professionalFor } from '@/lib/professional';
import { ProfessionalFields } from './professional-fields';

/**
 * Creates an account, then signs straight in with it. A provider also gives the professional details
 * of their service type, which an administrator checks before they see any job.
 */
export function RegisterForm() {
  const [account, setAccount] = useState<NewAccount>(EMPTY_ACCOUNT);
  const [role, setRole] = useState<Role>('USER');
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [professional, setProfessional] = useState<Professional>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const register = useRegister();
  const login = useLogin();
  const pending = register.isPending || login.isPending;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = compact({
      ...accountErrors(account, 'your'),
      serviceType: role === 'PROVIDER' && !serviceType && 'Choose the service you provide.',
      ...(role === 'PROVIDER' ? missingProfessional(serviceType, professional) : {}),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0 || pending) return;
    const input = {
      name: account.name.trim(),
      email: account.email.trim(),
      password: account.password,
      role,
      ...(role === 'PROVIDER' && serviceType ? { serviceType, professional: professionalFor(serviceType, professional) } : {}),
    };
    register.mutate(input, {
      onSuccess: () => login.mutate({ email: input.email, password: input.password }),
    });
  };

  const error = register.error ?? login.error;
  const serverErrors = error instanceof ApiError ? error.fieldErrors : {};
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  const fieldError = (field: string) => errors[field] ?? serverErrors[field];
  const professionalError = (field: string) => errors[field] ?? serverErrors[`professional.${field}`];

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create an account" data-testid="register-form">
      <FormError message={error && !hasFieldErrors ? errorMessage(error) : null} />
      <AccountFields account={account} onChange={setAccount} error={fieldError} own passwordHint="At least 8 characters." />
      <fieldset className="choice">
        <legend>I am</legend>
        <label>
          <input type="radio" name="role" value="USER" checked={role === 'USER'} onChange={() => setRole('USER')} /> A patient booking care
        </label>
        <label>
          <input type="radio" name="role" value="PROVIDER" checked={role === 'PROVIDER'} onChange={() => setRole('PROVIDER')} /> A care provider
        </label>
        {fieldError('role') && <p className="field__error">{fieldError('role')}</p>}
      </fieldset>
      {role === 'PROVIDER' && (
        <SelectField
          label="Service you provide"
          name="serviceType"
          value={serviceType}
          onChange={(e) => setServiceType(e.target.value as ServiceType | '')}
          error={fieldError('serviceType')}
          required
        >
          <option value="">Choose a service…</option>
          {SERVICE_TYPES.map((type) => (
            <option key={type} value={type}>
              {serviceLabel(type)}
            </option>
          ))}
        </SelectField>
      )}
      {role === 'PROVIDER' && (
        <ProfessionalFields
          serviceType={serviceType}
          values={professional}
          onChange={setProfessional}
          error={professionalError}
          groupError={serverErrors.professional}
        />
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
