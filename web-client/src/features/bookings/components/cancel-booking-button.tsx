import { useState } from 'react';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { ApiError } from '@/lib/api-client';
import { statusLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { useCancelBooking } from '../api/cancel-booking';

export const CANCEL_REASON_MAX = 500;

function tooLate(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.problem.currentStatus) return null;
  return `It can no longer be cancelled: it is ${statusLabel(error.problem.currentStatus).toLowerCase()}.`;
}

/**
 * Cancels the booking after asking why: optional while nobody has it, required once a provider does,
 * who is told at once with the patient's words.
 */
export function CancelBookingButton({ booking, onCancelled }: { booking: Booking; onCancelled?: (cancelled: Booking, message: string) => void }) {
  const [asking, setAsking] = useState(false);
  const provider = booking.status === 'PENDING' ? null : booking.provider;
  const cancel = useCancelBooking(booking.id, (cancelled) => {
    setAsking(false);
    onCancelled?.(cancelled, provider ? `You cancelled this booking. ${provider.name} has been told.` : 'You cancelled this booking.');
  });
  return (
    <div className="inline-action">
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        Cancel booking
      </button>
      {asking && (
        <ReasonDialog
          title="Cancel this booking?"
          required={provider ? `Say why: ${provider.name} is told at once.` : false}
          max={CANCEL_REASON_MAX}
          hint={provider ? `${provider.name} reads it.` : 'Helps us improve; no provider has the visit yet.'}
          action="Cancel booking"
          pendingAction="Cancelling…"
          danger
          closeLabel="Keep the booking"
          pending={cancel.isPending}
          error={cancel.error}
          describe={tooLate}
          notDone="the booking was not cancelled"
          onSubmit={(reason) => cancel.mutate(reason || undefined)}
          onClose={() => {
            setAsking(false);
            cancel.reset();
          }}
        >
          <p>{provider ? `${provider.name} has the visit and stops coming to you.` : 'Providers will no longer see it.'}</p>
        </ReasonDialog>
      )}
    </div>
  );
}
