import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ProviderRatings } from '@/types/api';
import { addLiveRating, dismissRatingNews, ratingKeys, type RatingNews } from './rating-cache';

const older = { id: 'r-1', stars: 3, review: 'Late but kind', createdAt: '2030-01-01T12:00:00Z' };
const newer = { id: 'r-2', stars: 5, review: 'On time and gentle', createdAt: '2030-01-02T12:00:00Z' };

function cached(ratings: ProviderRatings) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(ratingKeys.provider('p-1'), ratings);
  return queryClient;
}

const ratingsOf = (queryClient: QueryClient) => queryClient.getQueryData<ProviderRatings>(ratingKeys.provider('p-1'));

describe('addLiveRating', () => {
  it('puts the rating on top of the latest reviews and takes the summary sent with it', () => {
    const queryClient = cached({ average: 3, count: 1, items: [older], page: 0, size: 5, total: 1 });

    addLiveRating(queryClient, 'p-1', newer, { average: 4, count: 2 }, 'Pat rated your visit 5 stars.');

    expect(ratingsOf(queryClient)).toEqual({ average: 4, count: 2, items: [newer, older], page: 0, size: 5, total: 2 });
    expect(queryClient.getQueryData<RatingNews>(ratingKeys.news('p-1'))).toEqual({ ratingId: 'r-2', text: 'Pat rated your visit 5 stars.' });
  });

  it('turns "no ratings yet" into the first rating', () => {
    const queryClient = cached({ average: null, count: 0, items: [], page: 0, size: 5, total: 0 });

    addLiveRating(queryClient, 'p-1', newer, { average: 5, count: 1 }, 'Rated.');

    expect(ratingsOf(queryClient)).toEqual({ average: 5, count: 1, items: [newer], page: 0, size: 5, total: 1 });
  });

  it('lists a rating once however often it arrives, and keeps the page to its size', () => {
    const full = Array.from({ length: 5 }, (_, n) => ({ ...older, id: `r-old-${n}` }));
    const queryClient = cached({ average: 3, count: 5, items: full, page: 0, size: 5, total: 5 });

    addLiveRating(queryClient, 'p-1', newer, { average: 3.33, count: 6 }, 'Rated.');
    addLiveRating(queryClient, 'p-1', newer, { average: 3.33, count: 6 }, 'Rated.');

    expect(ratingsOf(queryClient)?.items.map((item) => item.id)).toEqual(['r-2', 'r-old-0', 'r-old-1', 'r-old-2', 'r-old-3']);
    expect(ratingsOf(queryClient)).toMatchObject({ average: 3.33, count: 6, total: 6 });
  });

  it('never goes back to a summary that counts fewer ratings than the one held (a fetch saw a later rating)', () => {
    const queryClient = cached({ average: 4.5, count: 3, items: [newer, older], page: 0, size: 5, total: 3 });

    addLiveRating(queryClient, 'p-1', older, { average: 4, count: 2 }, 'Rated.');

    expect(ratingsOf(queryClient)).toMatchObject({ average: 4.5, count: 3, total: 3 });
  });

  it('leaves ratings nobody has read alone (they are fetched when shown), but still says the news', () => {
    const queryClient = new QueryClient();

    addLiveRating(queryClient, 'p-1', newer, { average: 5, count: 1 }, 'Rated.');

    expect(ratingsOf(queryClient)).toBeUndefined();
    expect(queryClient.getQueryData<RatingNews>(ratingKeys.news('p-1'))?.text).toBe('Rated.');
    dismissRatingNews(queryClient, 'p-1');
    expect(queryClient.getQueryData(ratingKeys.news('p-1'))).toBeNull();
  });
});
