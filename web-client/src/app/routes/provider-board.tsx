import { LiveIndicator } from '@/components/ui/live-indicator';
import { useJobsStream } from '@/features/jobs/api/jobs-stream';
import { AvailableJobs } from '@/features/jobs/components/available-jobs';
import { DutySwitch } from '@/features/jobs/components/duty-switch';
import { JobHistory } from '@/features/jobs/components/job-history';
import { MyJobs } from '@/features/jobs/components/my-jobs';
import { RatingSummary } from '@/features/ratings/components/rating-summary';
import { serviceLabel } from '@/lib/format';
import type { User } from '@/types/api';

/** A verified provider's job board; `welcome` says, once, that it just opened after verification. */
export function ProviderBoard({ user, welcome }: { user: User; welcome: boolean }) {
  const status = useJobsStream();
  return (
    <div className="page" data-testid="job-board">
      <title>Provider dashboard · MedOnDoor</title>
      <div className="page__status">
        <LiveIndicator status={status} />
      </div>
      <h1 tabIndex={-1}>{user.serviceType ? `${serviceLabel(user.serviceType)} jobs` : 'Jobs'}</h1>
      {welcome && (
        <p role="status" className="notice notice--success">
          Your account is verified. Open jobs appear here as soon as patients book them.
        </p>
      )}
      <DutySwitch />
      <div className="columns">
        <section aria-labelledby="available-title">
          <h2 id="available-title">Available jobs</h2>
          <AvailableJobs />
        </section>
        <div className="stack">
          <section aria-labelledby="mine-title">
            <h2 id="mine-title">My jobs</h2>
            <MyJobs />
          </section>
          <section aria-labelledby="rating-title">
            <h2 id="rating-title">Your rating</h2>
            <RatingSummary providerId={user.id} />
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title">History</h2>
            <JobHistory />
          </section>
        </div>
      </div>
    </div>
  );
}
