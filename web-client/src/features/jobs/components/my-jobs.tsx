import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api-client';
import { serviceLabel, visitLabel } from '@/lib/format';
import { useMyJobs } from '../api/get-my-jobs';
import { visitElementId } from '../utils/outcome';
import { JobDetails } from './job-details';
import { JobNotices } from './job-notices';
import { NextAction } from './next-action';

/**
 * The visits in this provider's hands, most urgent first, each with its next step and the patient's
 * details to get there; live, and saying why when one is taken from them. A visit is focusable, so that
 * the keyboard can be taken to it once accepted or moved on.
 */
export function MyJobs() {
  return (
    <>
      <JobNotices />
      <MyJobList />
    </>
  );
}

function MyJobList() {
  const [page, setPage] = useState(0);
  const jobs = useMyJobs('ACTIVE', page);
  if (jobs.isPending) return <p className="muted">Loading your jobs…</p>;
  if (jobs.isError) return <FormError message={`Your jobs could not be loaded. ${errorMessage(jobs.error)}`} />;
  const { items, size, total } = jobs.data;
  return (
    <>
      {items.length === 0 ? (
        <p className="empty">No accepted jobs. Accept one from the list of available jobs.</p>
      ) : (
        <ul className="list" aria-label="My jobs">
          {items.map((job) => {
            const label = visitLabel(job);
            return (
              <li key={job.id}>
                <article id={visitElementId(job.id)} tabIndex={-1} className="card job job--mine" data-testid="my-job" data-id={job.id} data-status={job.status} aria-label={label}>
                  <header className="card__header">
                    <h3 className="card__title">{serviceLabel(job.serviceType)}</h3>
                    <StatusBadge status={job.status} />
                  </header>
                  <JobDetails job={job} withPrivate />
                  <NextAction job={job} label={label} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} size={size} total={total} onPage={setPage} label="My jobs pages" />
    </>
  );
}
