import { useRef, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { errorMessage } from '@/lib/api-client';
import { useCompleteJob } from '../api/complete-job';

/** Marks an accepted job done; one request however often it is pressed. */
export function CompleteJobButton({ jobId, label }: { jobId: string; label: string }) {
  const complete = useCompleteJob(jobId);
  const sent = useRef(false);
  const [pressed, setPressed] = useState(false);

  const onClick = () => {
    if (sent.current) return;
    sent.current = true;
    setPressed(true);
    complete.mutate(undefined, {
      onError: () => {
        sent.current = false;
        setPressed(false);
      },
    });
  };

  return (
    <div className="inline-action">
      <button type="button" className="button" onClick={onClick} disabled={pressed} aria-label={pressed ? undefined : `Mark completed: ${label}`}>
        {pressed ? 'Completing…' : 'Mark completed'}
      </button>
      <FormError message={complete.error ? errorMessage(complete.error) : null} />
    </div>
  );
}
