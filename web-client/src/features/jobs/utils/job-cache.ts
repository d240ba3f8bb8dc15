import type { QueryClient } from '@tanstack/react-query';
import { ACTIVE_STATUSES, type Booking, type Page } from '@/types/api';

/** "My jobs" (the visits in hand: accepted, on the way, in progress) or the history. */
export type MyJobStatus = 'ACTIVE' | 'COMPLETED';

export const jobKeys = {
  all: ['jobs'] as const,
  available: () => ['jobs', 'available'] as const,
  mine: (status: MyJobStatus) => ['jobs', 'mine', status] as const,
  minePage: (status: MyJobStatus, page: number) => ['jobs', 'mine', status, page] as const,
  claim: (id: string) => ['jobs', 'claim', id] as const,
  duty: () => ['jobs', 'duty'] as const,
  // Visits taken from the provider (cancelled, given back…), said until they dismiss it; never fetched.
  notices: () => ['jobs', 'notices'] as const,
  // What the provider's last action did (see outcome.ts); never fetched.
  outcome: () => ['jobs', 'outcome'] as const,
};

/**
 * A job on the dashboard; `notice` is set while it shows why it is about to leave, `arrivedAt` (the
 * browser's clock) while it is new to the provider: it came live, after the board was first filled.
 */
export interface AvailableJob extends Booking {
  notice?: string;
  arrivedAt?: number;
}

/** Why a visit left the provider's hands, said in My jobs until dismissed. */
export interface JobNotice {
  id: string;
  text: string;
}

/** How long a job that left stays on screen saying why. */
export const NOTICE_MS = 3000;

/** The server's order of boards and of My jobs: as soon as possible first, then by the window's start. */
export function byUrgency(a: Booking, b: Booking): number {
  if (a.windowStart !== b.windowStart) {
    if (!a.windowStart) return -1;
    if (!b.windowStart) return 1;
    return Date.parse(a.windowStart) - Date.parse(b.windowStart);
  }
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The board from a snapshot. A snapshot after a reconnection brings the jobs booked meanwhile: those the
 * board did not hold are new, and the new ones it held stay new.
 */
export function setAvailableJobs(queryClient: QueryClient, jobs: Booking[]) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (previous) => {
    if (!previous) return jobs;
    const held = new Map(previous.map((job) => [job.id, job]));
    const now = Date.now();
    return jobs.map((job) => {
      const before = held.get(job.id);
      const arrivedAt = before ? before.arrivedAt : now;
      return arrivedAt === undefined ? job : { ...job, arrivedAt };
    });
  });
}

/**
 * A new job (or one given back) takes its place by urgency. A job given back moments after it was claimed
 * may still be on screen saying it was taken: it is available again, notice gone.
 */
export function addAvailableJob(queryClient: QueryClient, job: Booking) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs = []) =>
    jobs.some((existing) => existing.id === job.id && !existing.notice)
      ? jobs
      : [...jobs.filter((existing) => existing.id !== job.id), { ...job, arrivedAt: Date.now() }].sort(byUrgency),
  );
}

export function findAvailableJob(queryClient: QueryClient, id: string): AvailableJob | undefined {
  return queryClient.getQueryData<AvailableJob[]>(jobKeys.available())?.find((job) => job.id === id);
}

/** The provider has seen a new job: it is no longer marked new. */
export function markJobSeen(queryClient: QueryClient, id: string) {
  queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs) =>
    jobs?.map((job) => (job.id === id && job.arrivedAt !== undefined ? { ...job, arrivedAt: undefined } : job)),
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
  // Unless it came back meanwhile (given back), without a notice.
  if (marked) {
    setTimeout(() => queryClient.setQueryData<AvailableJob[]>(jobKeys.available(), (jobs) => jobs?.filter((job) => job.id !== id || !job.notice)), NOTICE_MS);
  }
}

export function isClaiming(queryClient: QueryClient, id: string): boolean {
  return queryClient.isMutating({ mutationKey: jobKeys.claim(id) }) > 0;
}

/** Puts a job on the first cached page of "My jobs" (by urgency) or of the history (newest first). */
function addMyJob(queryClient: QueryClient, status: MyJobStatus, job: Booking) {
  queryClient.setQueryData<Page<Booking>>(jobKeys.minePage(status, 0), (page) => {
    if (!page || page.items.some((item) => item.id === job.id)) return page;
    const items = status === 'ACTIVE' ? [...page.items, job].sort(byUrgency) : [job, ...page.items];
    return { ...page, items: items.slice(0, page.size), total: page.total + 1 };
  });
}

function removeMyJob(queryClient: QueryClient, status: MyJobStatus, id: string) {
  queryClient.setQueriesData<Page<Booking>>({ queryKey: jobKeys.mine(status) }, (page) =>
    page && page.items.some((item) => item.id === id)
      ? { ...page, items: page.items.filter((item) => item.id !== id), total: Math.max(0, page.total - 1) }
      : page,
  );
}

/** The provider's visit `id` as "My jobs" holds it, if it does. */
export function findMyJob(queryClient: QueryClient, id: string): Booking | undefined {
  for (const [, page] of queryClient.getQueriesData<Page<Booking>>({ queryKey: jobKeys.mine('ACTIVE') })) {
    const found = page?.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * A change of the provider's own visit, from their action's answer or the stream's `job.updated`: it
 * leaves the board; in hand, it is replaced (never by an older copy) or added to "My jobs"; completed, it
 * moves to the history. Pages after the first shift; they are fetched again when opened, not now.
 */
export function applyMyJob(queryClient: QueryClient, job: Booking) {
  dropAvailableJob(queryClient, job.id);
  const held = findMyJob(queryClient, job.id);
  if (held && Date.parse(held.updatedAt) > Date.parse(job.updatedAt)) return;
  if (ACTIVE_STATUSES.includes(job.status)) {
    queryClient.setQueriesData<Page<Booking>>({ queryKey: jobKeys.mine('ACTIVE') }, (page) =>
      page && { ...page, items: page.items.map((item) => (item.id === job.id ? job : item)) },
    );
    if (!held) addMyJob(queryClient, 'ACTIVE', job);
  } else {
    removeMyJob(queryClient, 'ACTIVE', job.id);
    if (job.status === 'COMPLETED') addMyJob(queryClient, 'COMPLETED', job);
  }
  if (!held || !ACTIVE_STATUSES.includes(job.status)) {
    void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
    void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
  }
}

/**
 * A visit taken from the provider's hands: it leaves "My jobs", and `notice` says why until dismissed. A
 * visit never comes back to a provider it was taken from, so the first notice about it stays (the
 * provider's own release says it before the stream does, while "My jobs" still names the visit).
 */
export function withdrawMyJob(queryClient: QueryClient, id: string, notice: string) {
  removeMyJob(queryClient, 'ACTIVE', id);
  queryClient.setQueryData<JobNotice[]>(jobKeys.notices(), (notices = []) =>
    notices.some((item) => item.id === id) ? notices : [...notices, { id, text: notice }],
  );
  void queryClient.invalidateQueries({ queryKey: jobKeys.mine('ACTIVE'), refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: jobKeys.duty() });
}

export function dismissJobNotice(queryClient: QueryClient, id: string) {
  queryClient.setQueryData<JobNotice[]>(jobKeys.notices(), (notices) => notices?.filter((item) => item.id !== id));
}
