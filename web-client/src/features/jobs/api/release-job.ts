import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { findMyJob, withdrawMyJob } from '../utils/job-cache';
import { BOARD_IDS, noticeElementId, reportOutcome } from '../utils/outcome';
import { withdrawalNotice } from '../utils/withdrawal';

export const RELEASE_REASON_MAX = 500;

/** Gives an accepted visit back to the pool, with the reason the patient reads; the provider never sees it again. */
export function releaseJob(id: string, reason: string): Promise<Booking> {
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/release`, { reason });
}

export function useReleaseJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['jobs', 'release', id],
    mutationFn: (reason: string) => releaseJob(id, reason),
    // The stream's job.withdrawn says the same, to every tab; the notice is the same one (by id). It says
    // what happened, and takes the keyboard.
    onSuccess: () => {
      withdrawMyJob(queryClient, id, withdrawalNotice({ reason: 'RELEASED', note: null }, findMyJob(queryClient, id)));
      reportOutcome(queryClient, { text: null, focus: noticeElementId(id), fallback: BOARD_IDS.mine });
    },
  });
}
