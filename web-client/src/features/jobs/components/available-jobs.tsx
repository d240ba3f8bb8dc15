import { useAvailableJobs } from '../api/available-jobs';
import { JobCard } from './job-card';

export const AVAILABLE_ORDER_ID = 'available-order';

/**
 * The order of the list, said beside its heading. A job booked for as soon as possible comes before one
 * booked for later, and among them the patient who has waited longest first: a provider takes the most
 * urgent, so a new job takes its place by urgency, not at the top (it is marked New instead).
 */
export function AvailableOrder() {
  return (
    <p id={AVAILABLE_ORDER_ID} className="list-note muted">
      Most urgent first<span className="list-note__more">: as soon as possible, then by time</span>
    </p>
  );
}

/** The live list of open jobs, most urgent first: the job stream fills and patches it. */
export function AvailableJobs() {
  const jobs = useAvailableJobs();
  if (!jobs.data) return <p className="muted">Waiting for the live list of jobs…</p>;
  const open = jobs.data.filter((job) => job.status === 'PENDING');
  if (open.length === 0) return <p className="empty">No open jobs right now. New ones appear here as soon as they are booked.</p>;
  return (
    <ul className="list" aria-label="Available jobs" aria-describedby={AVAILABLE_ORDER_ID}>
      {open.map((job) => (
        <li key={job.id}>
          <JobCard job={job} />
        </li>
      ))}
    </ul>
  );
}
