import { skipToken, useQuery } from '@tanstack/react-query';
import { jobKeys } from '../utils/job-cache';
import type { JobOutcome as Outcome } from '../utils/outcome';

/**
 * What the provider's last action did ("You accepted this job: …"), until the next one. The region is
 * always there, so that a screen reader reads each new message as it arrives.
 */
export function JobOutcome() {
  const outcome = useQuery<Outcome>({ queryKey: jobKeys.outcome(), queryFn: skipToken, staleTime: Infinity }).data;
  return (
    <div role="status" className="job-outcome" data-testid="job-outcome">
      {outcome?.text && (
        <p key={outcome.key} className={`notice notice--${outcome.tone}`}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
