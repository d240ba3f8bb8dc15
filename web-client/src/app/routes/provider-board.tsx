import { useState } from 'react';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { useJobsStream } from '@/features/jobs/api/jobs-stream';
import { AvailableJobs, AvailableOrder } from '@/features/jobs/components/available-jobs';
import { DutySwitch } from '@/features/jobs/components/duty-switch';
import { JobHistory } from '@/features/jobs/components/job-history';
import { JobOutcome } from '@/features/jobs/components/job-outcome';
import { MyJobs } from '@/features/jobs/components/my-jobs';
import { NewJobAnnouncer } from '@/features/jobs/components/new-job-announcer';
import { SoundToggle } from '@/features/jobs/components/sound-toggle';
import { useJobArrivals } from '@/features/jobs/hooks/use-job-arrivals';
import { BOARD_IDS } from '@/features/jobs/utils/outcome';
import { preferSound, soundPreferred, unlockSound } from '@/features/jobs/utils/new-job-sound';
import { RatingSummary } from '@/features/ratings/components/rating-summary';
import { serviceLabel } from '@/lib/format';
import type { User } from '@/types/api';

/**
 * A verified provider's job board; `welcome` says, once, that it just opened after verification. The
 * visits in hand come first (on a phone, above the open jobs; on a wide screen, beside them), then the
 * open jobs, then the rating and history. New jobs are marked, announced, counted in the tab's title
 * while the provider looks elsewhere, and, if they turned it on, beep.
 */
export function ProviderBoard({ user, welcome }: { user: User; welcome: boolean }) {
  const status = useJobsStream();
  const [sound, setSound] = useState(soundPreferred);
  const { fresh, unseen } = useJobArrivals(sound);
  const heading = user.serviceType ? `${serviceLabel(user.serviceType)} jobs` : 'Jobs';

  const changeSound = (on: boolean) => {
    if (on) unlockSound();
    preferSound(on);
    setSound(on);
  };

  return (
    <div className="page board" data-testid="job-board">
      <title>{`${unseen > 0 ? `(${unseen}) ` : ''}${heading} · MedOnDoor`}</title>
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
      <NewJobAnnouncer jobs={fresh} />
      <div className="board__sections">
        <section className="board__mine" aria-labelledby={BOARD_IDS.mine}>
          <h2 id={BOARD_IDS.mine} tabIndex={-1}>
            My jobs
          </h2>
          <MyJobs />
        </section>
        <section className="board__available" aria-labelledby={BOARD_IDS.available}>
          <div className="board__section-header">
            <h2 id={BOARD_IDS.available} tabIndex={-1}>
              Available jobs{' '}
              {fresh.length > 0 && <span className="badge badge--new">{fresh.length} new</span>}
            </h2>
            <AvailableOrder />
          </div>
          <AvailableJobs />
          <SoundToggle on={sound} onChange={changeSound} />
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
