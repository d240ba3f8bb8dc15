import { RelativeTime } from '@/components/ui/relative-time';
import { addressLines, formatAddress, formatArea, formatVisitTime, formatWhen } from '@/lib/format';
import type { Booking } from '@/types/api';

/**
 * What a provider decides on: the area, the need, the time and how long the patient has waited; never
 * who or exactly where. Once the visit is theirs, its address replaces the area, and when it was
 * requested no longer matters.
 */
function JobSummary({ job, held }: { job: Booking; held: boolean }) {
  // A visit in hand shows its full address, which says the area too.
  const hasAddress = held && Boolean(job.address && addressLines(job.address).length > 0);
  return (
    <>
      {!hasAddress && (
        <>
          <dt>Area</dt>
          <dd data-testid="job-area">{formatArea(job.area)}</dd>
        </>
      )}
      {job.need && (
        <>
          <dt>Need</dt>
          <dd data-testid="job-need">{job.need}</dd>
        </>
      )}
      <dt>When</dt>
      <dd data-testid="job-when">
        {formatWhen(job)}
        {job.windowStart && (
          <>
            {' · '}
            <RelativeTime iso={job.windowStart} zone={job.timeZone} />
          </>
        )}
      </dd>
      {job.status === 'EN_ROUTE' && job.expectedArrival && (
        <>
          <dt>You arrive</dt>
          <dd>
            around {formatVisitTime(job.expectedArrival, job.timeZone)} · <RelativeTime iso={job.expectedArrival} zone={job.timeZone} />
          </dd>
        </>
      )}
      {!held && (
        <>
          <dt>Requested</dt>
          <dd>
            <RelativeTime iso={job.createdAt} zone={job.timeZone} />
          </dd>
        </>
      )}
    </>
  );
}

/** Who and exactly where: only in a booking the API shows with its private details. The address is one line that wraps, to keep a visit compact on a phone. */
function PrivateDetails({ job }: { job: Booking }) {
  const lines = job.address ? addressLines(job.address) : [];
  const hasAddress = Boolean(formatAddress(job));
  if (!job.patient && !hasAddress && !job.phone && !job.notes) {
    return (
      <>
        <dt>Patient</dt>
        <dd className="muted">The patient&apos;s details are no longer shown.</dd>
      </>
    );
  }
  return (
    <>
      {job.patient && (
        <>
          <dt>Patient</dt>
          <dd data-testid="job-patient">{job.patient.name}</dd>
        </>
      )}
      {hasAddress && (
        <>
          <dt>Address</dt>
          <dd data-testid="job-address">
            {lines.length > 0 ? <address className="address">{lines.join(', ')}</address> : job.legacyAddress}
          </dd>
        </>
      )}
      {job.phone && (
        <>
          <dt>Phone</dt>
          <dd data-testid="job-phone">
            <a href={`tel:${job.phone}`}>{job.phone}</a>
          </dd>
        </>
      )}
      {job.notes && (
        <>
          <dt>Notes</dt>
          <dd data-testid="job-notes">{job.notes}</dd>
        </>
      )}
    </>
  );
}

/**
 * The facts of a job. On the board (`withPrivate` false) only the summary shows, whatever the
 * object holds; a job the provider holds adds the patient, address, phone and notes.
 */
export function JobDetails({ job, withPrivate = false }: { job: Booking; withPrivate?: boolean }) {
  return (
    <dl className="facts">
      <JobSummary job={job} held={withPrivate} />
      {withPrivate && <PrivateDetails job={job} />}
    </dl>
  );
}
