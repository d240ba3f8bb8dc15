import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, errorMessage, isProblemType } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { dropAvailableJob, jobKeys, markJobGone, prependMyJob } from '../utils/job-cache';

export const TAKEN_NOTICE = 'Sorry, another provider took it.';

export function claimJob(id: string): Promise<Booking> {
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/claim`);
}

/**
 * Refusals that are the provider's own state, not the job's: off duty, or holding as many visits as they
 * may. The job stays on the board and can be accepted once that changes.
 */
export function isRefusedForDuty(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (isProblemType(error.problem, 'provider-off-duty') || isProblemType(error.problem, 'capacity-reached'))
  );
}

/** Noticed on the card when a claim cannot succeed; the card then leaves. */
function failureNotice(error: unknown): string | null {
  if (!(error instanceof ApiError) || isRefusedForDuty(error)) return null;
  if (error.status === 409) return TAKEN_NOTICE;
  if (error.status === 404) return 'This job no longer exists.';
  if (error.status === 403) return errorMessage(error);
  return null;
}

/**
 * Claims a job. The cache work is in the hook's own callbacks, so it happens even when the card has
 * already gone (the stream may remove it before the answer comes back).
 */
export function useClaimJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: jobKeys.claim(id),
    mutationFn: () => claimJob(id),
    onSuccess: (job) => {
      dropAvailableJob(queryClient, id);
      prependMyJob(queryClient, 'ACCEPTED', job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.mine('ACCEPTED'), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
    },
    onError: (error) => {
      if (isRefusedForDuty(error)) void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
      const notice = failureNotice(error);
      if (notice) markJobGone(queryClient, id, notice);
    },
  });
}
