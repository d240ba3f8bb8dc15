import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEventStream } from '@/hooks/use-event-stream';
import type { SseEvent } from '@/lib/sse-parser';
import { reportNotVerified, updateSessionUser } from '@/lib/session';
import type { Booking, Page, User } from '@/types/api';
import { addAvailableJob, applyMyJob, findMyJob, isClaiming, jobKeys, markJobGone, setAvailableJobs, withdrawMyJob } from '../utils/job-cache';
import { applyRatedJob, type RatedJob } from '../utils/rated-job';
import { withdrawalNotice, type Withdrawal } from '../utils/withdrawal';

export const JOBS_STREAM_URL = '/api/jobs/stream';

export const REMOVAL_NOTICES: Record<string, string> = {
  CLAIMED: 'Taken by another provider',
  CANCELLED: 'Cancelled by the patient',
  EXPIRED: 'Expired: nobody took it in time',
};

interface JobRemoved {
  id: string;
  reason: 'CLAIMED' | 'CANCELLED' | 'EXPIRED';
}

/**
 * Applies one event of GET /api/jobs/stream to the cache: the board's jobs come and go; the provider's
 * own visits change (`job.updated`, whole) or are taken from them (`job.withdrawn`, with why), and a
 * patient's rating of one reaches the history and the rating summary (`job.rated`).
 * `account.updated` (the provider stopped being VERIFIED; the stream then ends) goes to the session,
 * whose new status sends the provider's page to the status page.
 */
export function applyJobEvent(queryClient: QueryClient, event: SseEvent) {
  switch (event.event) {
    case 'snapshot':
      setAvailableJobs(queryClient, (JSON.parse(event.data) as Page<Booking>).items);
      // A fresh snapshot (a first connection, or a reconnection too late to replay) says nothing of the
      // provider's own visits: what changed meanwhile is read again.
      void queryClient.invalidateQueries({ queryKey: [...jobKeys.all, 'mine'] });
      void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
      break;
    case 'job.available':
      addAvailableJob(queryClient, JSON.parse(event.data) as Booking);
      break;
    case 'job.removed': {
      const removed = JSON.parse(event.data) as JobRemoved;
      // Our own claim in flight decides that card's fate (moved to "My jobs", or "another provider took it").
      if (isClaiming(queryClient, removed.id)) break;
      markJobGone(queryClient, removed.id, REMOVAL_NOTICES[removed.reason] ?? 'No longer available');
      break;
    }
    case 'job.updated':
      applyMyJob(queryClient, JSON.parse(event.data) as Booking);
      break;
    case 'job.withdrawn': {
      const withdrawal = JSON.parse(event.data) as Withdrawal;
      withdrawMyJob(queryClient, withdrawal.id, withdrawalNotice(withdrawal, findMyJob(queryClient, withdrawal.id)));
      break;
    }
    case 'job.rated':
      applyRatedJob(queryClient, JSON.parse(event.data) as RatedJob);
      break;
    case 'account.updated':
      updateSessionUser(JSON.parse(event.data) as User);
      break;
    default:
      break;
  }
}

/** Keeps the provider's dashboard live while mounted; returns the connection state. */
export function useJobsStream() {
  const queryClient = useQueryClient();
  return useEventStream({
    url: JOBS_STREAM_URL,
    onEvent: (event) => applyJobEvent(queryClient, event),
    // The stream refuses a provider who is not VERIFIED (403 provider-not-verified) and nothing else.
    onFatal: (status) => {
      if (status === 403) reportNotVerified();
    },
  });
}
