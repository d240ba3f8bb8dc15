import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { formatArea } from '@/lib/format';
import type { Booking } from '@/types/api';
import { applyMyJob } from '../utils/job-cache';
import { BOARD_IDS, reportOutcome, visitElementId } from '../utils/outcome';

/** A visit's next step by its provider: set off (maybe saying in how many minutes they arrive), arrive, complete. */
export type JobStep = { step: 'en-route'; etaMinutes?: number } | { step: 'arrive' } | { step: 'complete' };

export const ETA_MAX_MINUTES = 720;

export function advanceJob(id: string, input: JobStep): Promise<Booking> {
  const body = input.step === 'en-route' && input.etaMinutes ? { etaMinutes: input.etaMinutes } : undefined;
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/${input.step}`, body);
}

/** What a step did, said to the provider once the service has it. */
function stepDone(input: JobStep, job: Booking): string {
  const area = formatArea(job.area);
  switch (input.step) {
    case 'en-route':
      return input.etaMinutes
        ? `The patient in ${area} knows you are on your way and expects you in about ${input.etaMinutes} min.`
        : `The patient in ${area} knows you are on your way.`;
    case 'arrive':
      return `Your arrival in ${area} is recorded. Complete the visit when you are done.`;
    case 'complete':
      return `You completed the visit in ${area}. It is in your history.`;
  }
}

/**
 * Takes a visit one step on. Once it has, the board says so and the keyboard goes to the visit, or to
 * My jobs when a completed visit has left it.
 */
export function useAdvanceJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['jobs', 'advance', id],
    mutationFn: (input: JobStep) => advanceJob(id, input),
    onSuccess: (job, input) => {
      applyMyJob(queryClient, job);
      reportOutcome(queryClient, {
        text: stepDone(input, job),
        focus: input.step === 'complete' ? BOARD_IDS.mine : visitElementId(job.id),
        fallback: BOARD_IDS.mine,
      });
    },
  });
}
