import { useAvailableJobs } from '../api/available-jobs';
import { JobCard } from './job-card';

/** The live list of open jobs; the job stream fills and patches it. */
export function AvailableJobs() {
  const jobs = useAvailableJobs();
  if (!jobs.data) return <p className="muted">Waiting for the live list of jobs…</p>;
  const open = jobs.data.filter((job) => job.status === 'PENDING');
  if (open.length === 0) return <p className="empty">No open jobs right now. New ones appear here as soon as they are booked.</p>;
  return (
    <ul className="list" aria-label="Available jobs">
      {open.map((job) => (
        <li key={job.id}>
          <JobCard job={job} />
        </li>
      ))}
    </ul>
  );
}
