import { ReasonDialog } from '@/components/ui/reason-dialog';
import { ApiError, isProblemType } from '@/lib/api-client';
import { formatArea, statusLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { OVERDUE_REASON_MAX, useActOnOverdue, type OverdueAction } from '../api/act-on-overdue';

export const OVERDUE_ACTION_LABELS: Record<OverdueAction, string> = { release: 'Release', cancel: 'Cancel visit' };

function conflictMessage(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  if (isProblemType(error.problem, 'visit-not-overdue')) return 'Nothing was changed: this visit is not overdue. Its provider may still be on their way or at work.';
  const now = error.problem.currentStatus ? statusLabel(error.problem.currentStatus).toLowerCase() : 'in another state';
  return `Nothing was changed: the visit is ${now} now.`;
}

interface OverdueDialogProps {
  booking: Booking;
  action: OverdueAction;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Releases or cancels an overdue visit, after asking why: the provider and the patient read the reason. */
export function OverdueDialog({ booking, action, onClose, onDone }: OverdueDialogProps) {
  const act = useActOnOverdue(booking.id, action);
  const where = formatArea(booking.area);
  const provider = booking.provider?.name ?? 'The provider';
  const label = OVERDUE_ACTION_LABELS[action];
  return (
    <ReasonDialog
      title={`${label}: the visit in ${where}`}
      required="Give a reason: it goes into the audit log."
      max={OVERDUE_REASON_MAX}
      hint="Kept in the audit log with your name, and shown to the provider and the patient."
      action={label}
      pendingAction={`${label}…`}
      danger={action === 'cancel'}
      closeLabel="Back"
      pending={act.isPending}
      error={act.error}
      describe={conflictMessage}
      notDone="nothing was changed"
      onSubmit={(reason) =>
        act.mutate(reason, {
          onSuccess: () =>
            onDone(action === 'release' ? `Released the visit in ${where}: it is back on the board for other providers.` : `Cancelled the visit in ${where}.`),
        })
      }
      onClose={onClose}
    >
      <p>
        {action === 'release'
          ? `${provider} loses the visit and it goes back to other providers at once; the patient sees that another provider is being looked for.`
          : `The visit is cancelled; ${provider} and the patient are told at once.`}
      </p>
    </ReasonDialog>
  );
}
