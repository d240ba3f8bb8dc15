import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { Dialog } from './dialog';
import { TextAreaField } from './field';
import { FormError } from './form-error';

interface ReasonDialogProps {
  title: string;
  /** What the action does, said before it is taken. */
  children: ReactNode;
  /** What to say when no reason was given, or false when one is optional. */
  required: string | false;
  max: number;
  /** Who reads the reason. */
  hint: string;
  action: string;
  pendingAction: string;
  danger?: boolean;
  /** The button that closes without acting. */
  closeLabel?: string;
  pending: boolean;
  /** The action's failure: its field error on `reason` shows at the field, anything else above it. */
  error: unknown;
  /** A failure put in the service's domain terms (a conflict), or null for the usual message. */
  describe?: (error: unknown) => string | null;
  /** What did not happen when there was no connection, e.g. "the booking was not cancelled". */
  notDone?: string;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** Asks why before an action (the reason is kept or shown to someone), then takes it. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, children, required, max, hint, action, pendingAction, danger, closeLabel = 'Cancel', pending, error, describe, notDone } = props;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const found = !trimmed && required ? required : trimmed.length > max ? `Keep the reason to ${max} characters.` : null;
    setProblem(found);
    if (found || pending) return;
    props.onSubmit(trimmed);
  };

  const serverError = error instanceof ApiError ? error.fieldErrors.reason : undefined;
  const formError = error ? (describe?.(error) ?? (serverError ? null : errorMessage(error, notDone))) : null;

  return (
    <Dialog title={title} onClose={props.onClose}>
      <form className="form" onSubmit={submit} noValidate data-testid="reason-form">
        {children}
        <FormError message={formError} />
        <TextAreaField
          label={required ? 'Reason' : 'Reason (optional)'}
          name="reason"
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={problem ?? serverError}
          hint={`${hint} ${reason.length} / ${max} characters`}
          required={Boolean(required)}
        />
        <div className="button-row">
          <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={pending}>
            {pending ? pendingAction : action}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onClose}>
            {closeLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
