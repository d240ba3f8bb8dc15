import { formatArea, serviceLabel } from '@/lib/format';
import type { AvailableJob } from '../utils/job-cache';
import { AcceptButton } from './accept-button';
import { JobDetails } from './job-details';

/**
 * An open job: Accept while it is available, or for a moment the reason it is leaving. It shows what a
 * provider decides on (service, area, time, need), never the patient's private details.
 */
export function JobCard({ job }: { job: AvailableJob }) {
  const title = serviceLabel(job.serviceType);
  const label = `${title} in ${formatArea(job.area)}`;
  return (
    <article className={`card job${job.notice ? ' job--gone' : ''}`} data-testid="job-card" data-id={job.id} data-status={job.notice ? 'GONE' : job.status} aria-label={label}>
      <header className="card__header">
        <h3 className="card__title">{title}</h3>
      </header>
      <JobDetails job={job} />
      {job.notice ? (
        <p role="status" className="notice notice--warning" data-testid="job-notice">
          {job.notice}
        </p>
      ) : (
        job.status === 'PENDING' && <AcceptButton jobId={job.id} label={label} />
      )}
    </article>
  );
}
