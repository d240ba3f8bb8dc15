import { statusLabel } from '@/lib/format';
import type { BookingStatus } from '@/types/api';

export function StatusBadge({ status }: { status: BookingStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-testid="status" data-status={status}>
      {statusLabel(status)}
    </span>
  );
}
