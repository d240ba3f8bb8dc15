import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { jobKeys, prependMyJob, removeMyJob } from '../utils/job-cache';

export function completeJob(id: string): Promise<Booking> {
  return api.post<Booking>(`/api/jobs/${encodeURIComponent(id)}/complete`);
}

export function useCompleteJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['jobs', 'complete', id],
    mutationFn: () => completeJob(id),
    onSuccess: (job) => {
      removeMyJob(queryClient, 'ACCEPTED', id);
      prependMyJob(queryClient, 'COMPLETED', job);
      // Pages after the first shift by one; they are fetched again when opened, not now.
      void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
    },
  });
}
