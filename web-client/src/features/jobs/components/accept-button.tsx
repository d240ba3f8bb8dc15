import { useRef, useState } from 'react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { isRefusedHere, useClaimJob } from '../api/claim-job';

/**
 * Claims the job. Disabled from the instant it is pressed, and guarded by a ref as well, so that
 * however fast it is pressed only one request goes out. Re-enabled only after a failure that
 * trying again might fix (no connection, or no answer in time: the claim was abandoned; 5xx).
 */
export function AcceptButton({ jobId, label }: { jobId: string; label: string }) {
  const claim = useClaimJob(jobId);
  const sent = useRef(false);
  const [pressed, setPressed] = useState(false);

  const onClick = () => {
    if (sent.current) return;
    sent.current = true;
    setPressed(true);
    claim.mutate(undefined, {
      onError: (error) => {
        // The card leaves with a notice, unless the refusal is said here (duty, capacity, given back, window closed).
        if (error instanceof ApiError && error.status < 500 && !isRefusedHere(error)) return;
        sent.current = false;
        setPressed(false);
      },
    });
  };

  const retryable = claim.isError && !pressed;
  return (
    <div className="inline-action">
      <button type="button" className="button" onClick={onClick} disabled={pressed} aria-label={pressed ? undefined : `Accept ${label}`}>
        {pressed ? 'Accepting…' : 'Accept'}
      </button>
      {retryable && (
        <p role="alert" className="form-error">
          {errorMessage(claim.error, 'the job was not accepted')}
        </p>
      )}
    </div>
  );
}
