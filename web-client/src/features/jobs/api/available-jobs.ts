import { skipToken, useQuery } from '@tanstack/react-query';
import { jobKeys, type AvailableJob } from '../utils/job-cache';

/**
 * The open jobs of the provider's service type. Never fetched on its own: the job stream's snapshot
 * fills it and its events patch it (see jobs-stream.ts), so a list fetch can never race an event.
 */
export function useAvailableJobs() {
  return useQuery<AvailableJob[]>({ queryKey: jobKeys.available(), queryFn: skipToken, staleTime: Infinity });
}
