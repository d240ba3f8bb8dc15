import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';
import { errorMessage } from '@/lib/api-client';

interface CompleteDialogProps {
  label: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before completing a visit, which cannot be undone. The keyboard starts on keeping the visit open,
 * so that a second press of Enter does not complete it; the dialog stays until the answer comes (the
 * visit then leaves My jobs with it) and says here why it did not.
 */
export function CompleteDialog({ label, pending, error, onConfirm, onClose }: CompleteDialogProps) {
  return (
    <Dialog title={`Complete: ${label}?`} onClose={onClose}>
      <div className="form">
        <p>The patient is told that the visit is over, and you cannot undo it.</p>
        <FormError message={error ? errorMessage(error, 'the visit was not completed') : null} />
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Keep the visit open
          </button>
          <button type="button" className="button" onClick={() => !pending && onConfirm()} aria-disabled={pending}>
            {pending ? 'Completing…' : 'Complete visit'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
