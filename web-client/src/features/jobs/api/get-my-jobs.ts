import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking, Page } from '@/types/api';
import { jobKeys, type MyJobStatus } from '../utils/job-cache';

export const MY_JOBS_PAGE_SIZE = 10;

export function getMyJobs(status: MyJobStatus, page: number, size = MY_JOBS_PAGE_SIZE): Promise<Page<Booking>> {
  return api.get<Page<Booking>>('/api/jobs/mine', { query: { status, page, size } });
}

export const getMyJobsQueryOptions = (status: MyJobStatus, page: number) =>
  queryOptions({
    queryKey: jobKeys.minePage(status, page),
    queryFn: () => getMyJobs(status, page),
    placeholderData: keepPreviousData,
  });

/** The visits in the provider's hands, most urgent first; or with status COMPLETED their history, newest first. */
export function useMyJobs(status: MyJobStatus, page: number) {
  return useQuery(getMyJobsQueryOptions(status, page));
}
