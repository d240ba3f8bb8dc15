import { useRef } from 'react';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { statusLabel } from '@/lib/format';
import { useCancelBooking } from '../api/cancel-booking';

export function CancelBookingButton({ bookingId }: { bookingId: string }) {
  const cancel = useCancelBooking(bookingId);
  const sent = useRef(false);

  const onClick = () => {
    if (sent.current) return;
    sent.current = true;
    cancel.mutate(undefined, { onSettled: () => (sent.current = false) });
  };

  const error = cancel.error;
  const message =
    error instanceof ApiError && error.status === 409 && error.problem.currentStatus
      ? `It can no longer be cancelled: it is ${statusLabel(error.problem.currentStatus).toLowerCase()}.`
      : error
        ? errorMessage(error)
        : null;

  return (
    <div className="inline-action">
      <button type="button" className="button button--danger" onClick={onClick} disabled={cancel.isPending}>
        {cancel.isPending ? 'Cancelling…' : 'Cancel booking'}
      </button>
      <FormError message={message} />
    </div>
  );
}
