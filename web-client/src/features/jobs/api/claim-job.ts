import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, errorMessage, isProblemType } from '@/lib/api-client';
import { formatArea, visitLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { applyMyJob, findAvailableJob, jobKeys, markJobGone, type AvailableJob } from '../utils/job-cache';
import { BOARD_IDS, reportOutcome, visitElementId } from '../utils/outcome';

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

/** Why a claim failed, in a sentence the provider reads beside Accept. */
export function claimFailureMessage(error: unknown): string {
  // The service's own sentence names the API call to go on duty.
  if (refusedFor(error, ['provider-off-duty'])) return 'You are off duty, so the job was not accepted. Go on duty, then accept it.';
  return errorMessage(error, 'the job was not accepted');
}

/** Said on the card when a claim cannot succeed (the card then leaves), and at the top of the board in full. */
function failure(error: unknown, job: AvailableJob | undefined): { notice: string; text: string } | null {
  if (!(error instanceof ApiError) || isRefusedHere(error)) return null;
  const named = job ? `: ${visitLabel(job)}` : '';
  if (error.status === 409) return { notice: TAKEN_NOTICE, text: `Sorry, another provider accepted this job first${named}.` };
  if (error.status === 404) return { notice: 'This job no longer exists.', text: `This job no longer exists${named}.` };
  if (error.status === 403) return { notice: errorMessage(error), text: errorMessage(error) };
  return null;
}

/**
 * Claims a job. The cache work, the message and the move of the keyboard are in the hook's own callbacks,
 * so they happen even when the card has already gone (the stream may remove it before the answer).
 */
export function useClaimJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: jobKeys.claim(id),
    mutationFn: () => claimJob(id),
    onSuccess: (job) => {
      applyMyJob(queryClient, job);
      reportOutcome(queryClient, {
        // The provider's jobs are all of their one service: where it is tells them which.
        text: `You accepted this job in ${formatArea(job.area)}.`,
        focus: visitElementId(job.id),
        fallback: BOARD_IDS.mine,
      });
    },
    onError: (error) => {
      if (isRefusedForDuty(error)) void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
      const failed = failure(error, findAvailableJob(queryClient, id));
      if (!failed) return;
      markJobGone(queryClient, id, failed.notice);
      reportOutcome(queryClient, { text: failed.text, tone: 'warning', focus: BOARD_IDS.available });
    },
  });
}
