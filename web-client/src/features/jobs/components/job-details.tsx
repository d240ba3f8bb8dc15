import { formatDateTime } from '@/lib/format';
import type { Booking } from '@/types/api';

/** Where, when and for whom: the facts a provider needs to decide on a job. */
export function JobDetails({ job }: { job: Booking }) {
  return (
    <dl className="facts">
      <dt>Address</dt>
      <dd>{job.address}</dd>
      <dt>Patient</dt>
      <dd>{job.patient.name}</dd>
      {job.scheduledFor && (
        <>
          <dt>Preferred time</dt>
          <dd>{formatDateTime(job.scheduledFor)}</dd>
        </>
      )}
      {job.notes && (
        <>
          <dt>Notes</dt>
          <dd>{job.notes}</dd>
        </>
      )}
      <dt>Requested</dt>
      <dd>{formatDateTime(job.createdAt)}</dd>
    </dl>
  );
}
