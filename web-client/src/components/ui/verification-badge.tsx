import { verificationLabel } from '@/lib/format';
import type { VerificationStatus } from '@/types/api';

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-testid="verification" data-status={status}>
      {verificationLabel(status)}
    </span>
  );
}
