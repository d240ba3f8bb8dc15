import type { QueryClient } from '@tanstack/react-query';
import type { Booking, Page } from '@/types/api';

export type MyJobStatus = 'ACCEPTED' | 'COMPLETED';

export const jobKeys = {
  all: ['jobs'] as const,
  available: () => ['jobs', 'available'] as const,
  mine: (status: MyJobStatus) => ['jobs', 'mine', status] as const,
  minePage: (status: MyJobStatus, page: number) => ['jobs', 'mine', status, page] as const,
  claim: (id: string) => ['jobs', 'claim', id] as const,
  duty: () => ['jobs', 'duty'] as const,
};

/** A job on the dashboard; `notice` is set while it shows why it is about to leave. */
export interface AvailableJob extends Booking {
  notice?: string;
}

/** How long a job that left stays on screen saying why. */
export const NOTICE_MS = 3000;

export function setAvailableJobs(queryClient: QueryClient, jobs: Booking[]) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), jobs);
}

/** Oldest first, as the API lists them: a new job goes last. */
export function addAvailableJob(queryClient: QueryClient, job: Booking) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs = []) =>
    jobs.some((existing) => existing.id === job.id) ? jobs : [...jobs, job],
  );
}

export function dropAvailableJob(queryClient: QueryClient, id: string) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs) => jobs?.filter((job) => job.id !== id));
}

/** Leaves the card up for a moment with a notice saying why it goes, then drops it. */
export function markJobGone(queryClient: QueryClient, id: string, notice: string) {
  let marked = false;
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs) =>
    jobs?.map((job) => {
      if (job.id !== id || job.notice) return job;
      marked = true;
      return { ...job, notice };
    }),
  );
  if (marked) setTimeout(() => dropAvailableJob(queryClient, id), NOTICE_MS);
}

export function isClaiming(queryClient: QueryClient, id: string): boolean {
  return queryClient.isMutating({ mutationKey: jobKeys.claim(id) }) > 0;
}

/** Puts a job on top of the first cached page of "My jobs" or of the history. */
export function prependMyJob(queryClient: QueryClient, status: MyJobStatus, job: Booking) {
  queryClient.setQueryData<Page<Booking>>(jobKeys.minePage(status, 0), (page) =>
    page && !page.items.some((item) => item.id === job.id)
      ? { ...page, items: [job, ...page.items].slice(0, page.size), total: page.total + 1 }
      : page,
  );
}

export function removeMyJob(queryClient: QueryClient, status: MyJobStatus, id: string) {
  queryClient.setQueriesData<Page<Booking>>({ queryKey: jobKeys.mine(status) }, (page) =>
    page && page.items.some((item) => item.id === id)
      ? { ...page, items: page.items.filter((item) => item.id !== id), total: Math.max(0, page.total - 1) }
      : page,
  );
}
