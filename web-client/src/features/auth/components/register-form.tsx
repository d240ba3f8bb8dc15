import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ACCOUNT_SUBJECTS, AccountFields, accountErrors, EMPTY_ACCOUNT, PASSWORD_RULES, type NewAccount } from '@/components/account-fields';
import { SelectField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormErrors } from '@/hooks/use-form-errors';
import { ApiError, errorMessage, isProblemType } from '@/lib/api-client';
import { focusFirstInvalid } from '@/lib/focus';
import { serviceLabel } from '@/lib/format';
import { missingProfessional, PROFESSIONAL_LABELS, professionalFor } from '@/lib/professional';
import { SERVICE_TYPES, type Professional, type Role, type ServiceType } from '@/types/api';
import { useLogin } from '../api/login';
import { useRegister } from '../api/register';
import { ProfessionalFields } from './professional-fields';

const SUBJECTS: Record<string, string> = {
  ...ACCOUNT_SUBJECTS,
  role: 'The kind of account',
  serviceType: 'The service',
  professional: 'The professional details',
  'professional.licenceNumber': `The ${PROFESSIONAL_LABELS.licenceNumber.toLowerCase()}`,
  'professional.identityDocument': `The ${PROFESSIONAL_LABELS.identityDocument.toLowerCase()}`,
  'professional.vehicle': `The ${PROFESSIONAL_LABELS.vehicle.toLowerCase()}`,
};

const emailTaken = (error: unknown) => error instanceof ApiError && (isProblemType(error.problem, 'email-taken') || error.status === 409);

interface RegisterFormProps {
  /** A provider's sign-up ("Work with us") starts with "A care provider" chosen. */
  initialRole?: Role;
  /** Where "Log in instead" goes when the email already has an account (the email is carried over). */
  loginPath?: string;
}

/**
 * Creates an account, then signs straight in with it. A provider also gives the professional details
 * of their service type, which an administrator checks before they see any job.
 */
export function RegisterForm({ initialRole = 'USER', loginPath = '/login' }: RegisterFormProps) {
  const [account, setAccount] = useState<NewAccount>(EMPTY_ACCOUNT);
  const [role, setRole] = useState<Role>(initialRole);
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [professional, setProfessional] = useState<Professional>({});
  const register = useRegister();
  const login = useLogin();
  const pending = register.isPending || login.isPending;
  const error = register.error ?? login.error;
  const errors = useFormErrors({
    checks: {
      ...accountErrors(account, 'your'),
      serviceType: role === 'PROVIDER' && !serviceType && 'Choose the service you provide.',
      ...(role === 'PROVIDER' ? missingProfessional(serviceType, professional) : {}),
    },
    values: {
      ...account,
      role,
      serviceType,
      ...Object.fromEntries(Object.entries(professional).map(([field, value]) => [`professional.${field}`, value])),
    },
    error,
    subjects: SUBJECTS,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = errors.validate();
    if (Object.keys(found).length > 0) focusFirstInvalid(event.currentTarget);
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

  // A taken email is said at the field, with the way out, for as long as the field holds that email.
  const taken = emailTaken(register.error) && register.variables?.email === account.email.trim();
  const fieldError = (field: string) => (field === 'email' && taken ? 'An account with this email address already exists.' : errors.field(field));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create an account" data-testid="register-form">
      {taken ? (
        <p role="alert" className="form-error" data-testid="email-taken">
          An account with this email address already exists.{' '}
          <Link to={loginPath} state={{ email: account.email.trim() }}>
            Log in instead
          </Link>
        </p>
      ) : (
        <FormError message={error && !errors.serverNamedFields && !emailTaken(error) ? errorMessage(error, 'your account was not created') : null} />
      )}
      <AccountFields account={account} onChange={setAccount} error={fieldError} own passwordHint={PASSWORD_RULES} />
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
          hint="We check your professional details before you see any job."
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
          error={(field) => errors.field(field) ?? errors.field(`professional.${field}`)}
          groupError={errors.field('professional')}
        />
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
