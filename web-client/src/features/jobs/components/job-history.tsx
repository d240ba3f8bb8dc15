import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { Stars } from '@/components/ui/stars';
import { errorMessage } from '@/lib/api-client';
import { formatArea, formatDateTime, serviceLabel } from '@/lib/format';
import { useMyJobs } from '../api/get-my-jobs';

/** Completed jobs, newest first, with the patient's rating once given. */
export function JobHistory() {
  const [page, setPage] = useState(0);
  const jobs = useMyJobs('COMPLETED', page);
  if (jobs.isPending) return <p className="muted">Loading your history…</p>;
  if (jobs.isError) return <FormError message={`Your history could not be loaded. ${errorMessage(jobs.error)}`} />;
  const { items, size, total } = jobs.data;
  return (
    <>
      {items.length === 0 ? (
        <p className="empty">No completed jobs yet.</p>
      ) : (
        <ul className="list list--compact" aria-label="Completed jobs">
          {items.map((job) => (
            <li key={job.id} className="history-item" data-testid="history-job" data-id={job.id} data-status={job.status}>
              <span>
                <strong>{serviceLabel(job.serviceType)}</strong>
                {job.patient ? ` for ${job.patient.name}` : ''}, {formatArea(job.area)}
              </span>
              <span className="muted">completed {formatDateTime(job.updatedAt, job.timeZone)}</span>
              {job.rating ? <Stars value={job.rating.stars} /> : <span className="muted">not rated yet</span>}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} size={size} total={total} onPage={setPage} label="History pages" />
    </>
  );
}
