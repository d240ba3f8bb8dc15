import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { jobKeys } from '../utils/job-cache';

/** A provider's shift: only on duty can they claim, holding at most `capacity` visits at once. */
export interface Duty {
  onDuty: boolean;
  capacity: number;
  activeVisits: number;
}

export function getDuty(): Promise<Duty> {
  return api.get<Duty>('/api/jobs/duty');
}

export function setDuty(onDuty: boolean): Promise<Duty> {
  return api.put<Duty>('/api/jobs/duty', { onDuty });
}

export function useDuty() {
  return useQuery({ queryKey: jobKeys.duty(), queryFn: getDuty });
}

export function useSetDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDuty,
    onSuccess: (duty) => queryClient.setQueryData(jobKeys.duty(), duty),
  });
}
