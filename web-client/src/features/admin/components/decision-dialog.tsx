import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage, isProblemType } from '@/lib/api-client';
import { verificationLabel } from '@/lib/format';
import type { User } from '@/types/api';
import { useDecideProvider } from '../api/decide-provider';
import { ACTION_DONE, ACTION_LABELS, actionEffect, REASON_MAX, type ProviderAction } from '../utils/provider-actions';

interface DecisionDialogProps {
  provider: User;
  action: ProviderAction;
  onClose: () => void;
  /** After the service accepted it, with what to tell the administrator. */
  onDone: (message: string) => void;
}

function conflictMessage(error: unknown, provider: User): string | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !isProblemType(error.problem, 'wrong-verification-status')) return null;
  const now = error.problem.currentStatus ? verificationLabel(error.problem.currentStatus).toLowerCase() : 'in another status';
  return `Nothing was changed: ${provider.name} is now ${now}, perhaps through another administrator.`;
}

/** Asks for the reason of an action on a provider, then takes it. */
export function DecisionDialog({ provider, action, onClose, onDone }: DecisionDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideProvider(provider.id);
  const label = ACTION_LABELS[action];
  // The reasons for a refusal reach the provider; those are also the actions that take something away.
  const shownToProvider = action === 'reject' || action === 'suspend';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const found = !trimmed
      ? 'Give a reason: it goes into the audit log.'
      : trimmed.length > REASON_MAX
        ? `Keep the reason to ${REASON_MAX} characters.`
        : null;
    setError(found);
    if (found || decide.isPending) return;
    decide.mutate(
      { action, reason: trimmed },
      { onSuccess: (updated) => onDone(`${ACTION_DONE[action]} ${updated.name}. The reason is in the audit log.`) },
    );
  };

  const serverErrors = decide.error instanceof ApiError ? decide.error.fieldErrors : {};
  const conflict = conflictMessage(decide.error, provider);
  const formError = conflict ?? (decide.error && !serverErrors.reason ? errorMessage(decide.error) : null);

  return (
    <Dialog title={`${label} ${provider.name}`} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate data-testid="decision-form">
        <p>{actionEffect(action, provider)}</p>
        <FormError message={formError} />
        <TextAreaField
          label="Reason"
          name="reason"
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={error ?? serverErrors.reason}
          hint={`Kept in the audit log with your name${shownToProvider ? ', and shown to the provider' : ''}. ${reason.length} / ${REASON_MAX} characters`}
          required
        />
        <div className="button-row">
          <button type="submit" className={shownToProvider ? 'button button--danger' : 'button'} disabled={decide.isPending}>
            {decide.isPending ? `${label}…` : label}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
