import { ReasonDialog } from '@/components/ui/reason-dialog';
import { ApiError, isProblemType } from '@/lib/api-client';
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
  const decide = useDecideProvider(provider.id);
  const label = ACTION_LABELS[action];
  // The reasons for a refusal reach the provider; those are also the actions that take something away.
  const shownToProvider = action === 'reject' || action === 'suspend';
  return (
    <ReasonDialog
      title={`${label} ${provider.name}`}
      required="Give a reason: it goes into the audit log."
      max={REASON_MAX}
      hint={`Kept in the audit log with your name${shownToProvider ? ', and shown to the provider' : ''}.`}
      action={label}
      pendingAction={`${label}…`}
      danger={shownToProvider}
      pending={decide.isPending}
      error={decide.error}
      describe={(error) => conflictMessage(error, provider)}
      notDone="nothing was changed"
      onSubmit={(reason) => decide.mutate({ action, reason }, { onSuccess: (updated) => onDone(`${ACTION_DONE[action]} ${updated.name}. The reason is in the audit log.`) })}
      onClose={onClose}
    >
      <p>{actionEffect(action, provider)}</p>
    </ReasonDialog>
  );
}
