import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { applyMyJob } from '../utils/job-cache';

/** A visit's next step by its provider: set off (maybe saying in how many minutes they arrive), arrive, complete. */
export type JobStep = { step: 'en-route'; etaMinutes?: number } | { step: 'arrive' } | { step: 'complete' };

export const ETA_MAX_MINUTES = 720;

export function advanceJob(id: string, input: JobStep): Promise<Booking> {
  const body = input.step === 'en-route' && input.etaMinutes ? { etaMinutes: input.etaMinutes } : undefined;
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/${input.step}`, body);
}

export function useAdvanceJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['jobs', 'advance', id],
    mutationFn: (input: JobStep) => advanceJob(id, input),
    onSuccess: (job) => applyMyJob(queryClient, job),
  });
}
