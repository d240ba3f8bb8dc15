import { formatArea } from '@/lib/format';
import type { Booking, BookingStatus, StatusReason } from '@/types/api';

/** `job.withdrawn`: a change took the visit from this provider (to the provider only). */
export interface Withdrawal {
  id: string;
  status: BookingStatus;
  reason: StatusReason | null;
  /** The words given with it: the patient's, or the administrator's. */
  note: string | null;
}

const quoted = (note: string | null) => (note ? `: “${note}”` : '.');

/** What the provider is told, naming the visit by its area when "My jobs" held it. */
export function withdrawalNotice({ reason, note }: Pick<Withdrawal, 'reason' | 'note'>, job: Booking | undefined): string {
  const visit = job ? `the visit in ${formatArea(job.area)}` : 'a visit';
  switch (reason) {
    case 'CANCELLED_BY_PATIENT':
      return `The patient cancelled ${visit}${quoted(note)}`;
    case 'RELEASED':
      return `You gave back ${visit}. Other providers can take it now.`;
    case 'OVERDUE_RELEASED':
      return `An administrator gave ${visit} to another provider${quoted(note)}`;
    case 'OVERDUE_CANCELLED':
      return `An administrator cancelled ${visit}${quoted(note)}`;
    case 'PROVIDER_SUSPENDED':
      return `Your account was suspended: ${visit} went back to other providers.`;
    default:
      return `${visit.charAt(0).toUpperCase()}${visit.slice(1)} is no longer yours.`;
  }
}
