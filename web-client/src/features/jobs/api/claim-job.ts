import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, errorMessage, isProblemType } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { applyMyJob, jobKeys, markJobGone } from '../utils/job-cache';

export const TAKEN_NOTICE = 'Sorry, another provider took it.';

export function claimJob(id: string): Promise<Booking> {
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/claim`);
}

const refusedFor = (error: unknown, types: string[]) => error instanceof ApiError && types.some((type) => isProblemType(error.problem, type));

/** Refusals that are the provider's shift: off duty, or holding as many visits as they may. */
const isRefusedForDuty = (error: unknown) => refusedFor(error, ['provider-off-duty', 'capacity-reached']);

/**
 * Refusals said beside Accept, the job staying on the board: the provider's shift (it can be accepted once
 * that changes), a job they gave back before, or one whose window closed (it leaves when it expires).
 */
export function isRefusedHere(error: unknown): boolean {
  return isRefusedForDuty(error) || refusedFor(error, ['job-given-back', 'window-closed']);
}

/** Noticed on the card when a claim cannot succeed; the card then leaves. */
function failureNotice(error: unknown): string | null {
  if (!(error instanceof ApiError) || isRefusedHere(error)) return null;
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
    onSuccess: (job) => applyMyJob(queryClient, job),
    onError: (error) => {
      if (isRefusedForDuty(error)) void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
      const notice = failureNotice(error);
      if (notice) markJobGone(queryClient, id, notice);
    },
  });
}
