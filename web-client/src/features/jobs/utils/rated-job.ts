import type { QueryClient } from '@tanstack/react-query';
import { addLiveRating } from '@/features/ratings/utils/rating-cache';
import { formatArea } from '@/lib/format';
import type { Booking, Page, ProviderRating, RatingSummary } from '@/types/api';
import { jobKeys } from './job-cache';

/** `job.rated`: the patient rated a visit this provider completed (to the provider only). */
export interface RatedJob {
  /** The visit as the history shows it, now with its rating; the patient's name only while the provider may see it. */
  job: Booking;
  rating: ProviderRating;
  /** The provider's summary as it is now. */
  summary: RatingSummary;
}

const starsWord = (stars: number) => `${stars} ${stars === 1 ? 'star' : 'stars'}`;

/** What the provider is told: who rated, if they may still see the patient's name, else where the visit was. */
export function ratedJobNotice({ job, rating }: RatedJob): string {
  return job.patient
    ? `${job.patient.name} rated your visit ${starsWord(rating.stars)}.`
    : `Your visit in ${formatArea(job.area)} was rated ${starsWord(rating.stars)}.`;
}

/**
 * A rating of the provider's visit, live: its row in the history shows the stars in place, and the
 * rating summary and latest reviews take it (the ratings feature's cache, the one entry this stream
 * patches outside jobs), with a notice saying so.
 */
export function applyRatedJob(queryClient: QueryClient, rated: RatedJob) {
  queryClient.setQueriesData<Page<Booking>>({ queryKey: jobKeys.mine('COMPLETED') }, (page) =>
    page && page.items.some((item) => item.id === rated.job.id)
      ? { ...page, items: page.items.map((item) => (item.id === rated.job.id ? rated.job : item)) }
      : page,
  );
  if (rated.job.provider) addLiveRating(queryClient, rated.job.provider.id, rated.rating, rated.summary, ratedJobNotice(rated));
}
