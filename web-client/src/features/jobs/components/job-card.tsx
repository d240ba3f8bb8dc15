import { useRef } from 'react';
import { serviceLabel, visitLabel } from '@/lib/format';
import { useMarkSeen } from '../hooks/use-mark-seen';
import type { AvailableJob } from '../utils/job-cache';
import { AcceptButton } from './accept-button';
import { JobDetails } from './job-details';

/**
 * An open job: Accept beside its title while it is available (first to hand on a phone), or for a moment
 * the reason it is leaving; marked New while it is new to the provider. It shows what a provider decides
 * on (service, area, time, need), never the patient's private details.
 */
export function JobCard({ job }: { job: AvailableJob }) {
  const card = useRef<HTMLElement>(null);
  useMarkSeen(card, job);
  const label = visitLabel(job);
  const isNew = job.arrivedAt !== undefined && !job.notice;
  return (
    <article
      ref={card}
      className={`card job job--open${job.notice ? ' job--gone' : ''}${isNew ? ' job--new' : ''}`}
      data-testid="job-card"
      data-id={job.id}
      data-status={job.notice ? 'GONE' : job.status}
      data-new={isNew || undefined}
      aria-label={label}
    >
      <header className="card__header job__header">
        <h3 className="card__title">{serviceLabel(job.serviceType)}</h3>
        {isNew && <span className="badge badge--new">New</span>}
        {!job.notice && job.status === 'PENDING' && <AcceptButton jobId={job.id} label={label} />}
      </header>
      <JobDetails job={job} />
      {job.notice && (
        <p role="status" className="notice notice--warning" data-testid="job-notice">
          {job.notice}
        </p>
      )}
    </article>
  );
}
