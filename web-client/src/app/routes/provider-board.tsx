import { LiveIndicator } from '@/components/ui/live-indicator';
import { useJobsStream } from '@/features/jobs/api/jobs-stream';
import { AvailableJobs } from '@/features/jobs/components/available-jobs';
import { DutySwitch } from '@/features/jobs/components/duty-switch';
import { JobHistory } from '@/features/jobs/components/job-history';
import { JobOutcome } from '@/features/jobs/components/job-outcome';
import { MyJobs } from '@/features/jobs/components/my-jobs';
import { BOARD_IDS } from '@/features/jobs/utils/outcome';
import { RatingSummary } from '@/features/ratings/components/rating-summary';
import { serviceLabel } from '@/lib/format';
import type { User } from '@/types/api';

/**
 * A verified provider's job board; `welcome` says, once, that it just opened after verification. The
 * visits in hand come first (on a phone, above the open jobs; on a wide screen, beside them), then the
 * open jobs, then the rating and history.
 */
export function ProviderBoard({ user, welcome }: { user: User; welcome: boolean }) {
  const status = useJobsStream();
  const heading = user.serviceType ? `${serviceLabel(user.serviceType)} jobs` : 'Jobs';

  return (
    <div className="page board" data-testid="job-board">
      <title>{`${heading} · MedOnDoor`}</title>
      <div className="board__header">
        <h1 tabIndex={-1}>{heading}</h1>
        <LiveIndicator status={status} />
      </div>
      {welcome && (
        <p role="status" className="notice notice--success">
          Your account is verified. Open jobs appear here as soon as patients book them.
        </p>
      )}
      <DutySwitch />
      <JobOutcome />
      <div className="board__sections">
        <section className="board__mine" aria-labelledby={BOARD_IDS.mine}>
          <h2 id={BOARD_IDS.mine} tabIndex={-1}>
            My jobs
          </h2>
          <MyJobs />
        </section>
        <section className="board__available" aria-labelledby={BOARD_IDS.available}>
          <h2 id={BOARD_IDS.available} tabIndex={-1}>
            Available jobs
          </h2>
          <AvailableJobs />
        </section>
        <section className="board__rating" aria-labelledby="rating-title">
          <h2 id="rating-title">Your rating</h2>
          <RatingSummary providerId={user.id} />
        </section>
        <section className="board__history" aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <JobHistory />
        </section>
      </div>
    </div>
  );
}
