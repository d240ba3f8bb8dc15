import { LiveIndicator } from '@/components/ui/live-indicator';
import { useAccountStream } from '@/features/auth/api/account-stream';
import { VerificationStatus } from '@/features/auth/components/verification-status';
import { JobHistory } from '@/features/jobs/components/job-history';
import type { User } from '@/types/api';

/** A provider who is not VERIFIED: their status, kept live by the account stream. */
export function ProviderStatus({ user, checking }: { user: User; checking: boolean }) {
  const status = useAccountStream();
  return (
    <div className="page">
      <div className="page__status">
        <LiveIndicator status={status} />
      </div>
      <VerificationStatus
        user={user}
        checking={checking}
        suspendedExtra={
          <section aria-labelledby="history-title">
            <h2 id="history-title">History</h2>
            <JobHistory />
          </section>
        }
      />
    </div>
  );
}
