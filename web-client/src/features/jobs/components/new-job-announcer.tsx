import { visitLabel } from '@/lib/format';
import type { AvailableJob } from '../utils/job-cache';


/**
 * Reads each job as it arrives ("New job: Nurse home visit in Mitte, Berlin") to a screen reader, and
 * nothing to the eye: on screen the card is marked New instead, so that nothing moves under a finger
 * about to press Accept. A line stays while its job is new.
 */
export function NewJobAnnouncer({ jobs }: { jobs: AvailableJob[] }) {
  return (
    <div aria-live="polite" className="visually-hidden" data-testid="new-job-announcer">
      {jobs.map((job) => (
        <p key={job.id}>New job: {visitLabel(job)}</p>
      ))}
    </div>
  );
}
