import { useRef, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { claimFailureMessage, isRefusedHere, useClaimJob } from '../api/claim-job';

/**
 * Claims the job. Unavailable from the instant it is pressed, and guarded by a ref as well, so that
 * however fast it is pressed only one request goes out; it stays focusable meanwhile (aria-disabled),
 * so that the keyboard is still there when a refusal is said beside it. Works again only after a failure
 * that trying again might fix (no connection, or no answer in time: the claim was abandoned; 5xx) or
 * that the provider can (their duty).
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
    <div className="inline-action accept">
      <button type="button" className="button" onClick={onClick} aria-disabled={pressed} aria-label={pressed ? undefined : `Accept ${label}`}>
        {pressed ? 'Accepting…' : 'Accept'}
      </button>
      {retryable && (
        <p role="alert" className="form-error">
          {claimFailureMessage(claim.error)}
        </p>
      )}
    </div>
  );
}
