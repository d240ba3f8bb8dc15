import type { QueryClient } from '@tanstack/react-query';
import type { ProviderRating, ProviderRatings, RatingSummary } from '@/types/api';

/** Query keys of this feature, in one place so that the stream patches the entries the page reads. */
export const ratingKeys = {
  provider: (providerId: string) => ['ratings', 'provider', providerId] as const,
  // The newest rating that arrived live, said on the provider's page until dismissed; never fetched.
  news: (providerId: string) => ['ratings', 'news', providerId] as const,
};

/** What the provider is told of a rating that just arrived. */
export interface RatingNews {
  ratingId: string;
  text: string;
}

/**
 * A rating given while the provider's page is open: it goes on top of the latest reviews (once, however
 * often it arrives), the summary becomes the one sent with it unless a newer one is held already (a fetch
 * that counted more ratings), and `text` says what happened.
 */
export function addLiveRating(queryClient: QueryClient, providerId: string, rating: ProviderRating, summary: RatingSummary, text: string) {
  queryClient.setQueryData<ProviderRatings>(ratingKeys.provider(providerId), (ratings) => {
    if (!ratings) return ratings;
    const held = ratings.items.some((item) => item.id === rating.id);
    const items = held || ratings.page > 0 ? ratings.items : [rating, ...ratings.items].slice(0, ratings.size);
    const newest = summary.count >= ratings.count ? summary : { average: ratings.average, count: ratings.count };
    return { ...ratings, ...newest, items, total: Math.max(ratings.total, newest.count) };
  });
  queryClient.setQueryData<RatingNews>(ratingKeys.news(providerId), { ratingId: rating.id, text });
}

export function dismissRatingNews(queryClient: QueryClient, providerId: string) {
  queryClient.setQueryData<RatingNews | null>(ratingKeys.news(providerId), null);
}
