import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ratingKeys, type RatingNews } from '@/features/ratings/utils/rating-cache';
import { makeBooking, page, redacted } from '@/testing/test-utils';
import type { Booking, ProviderRatings } from '@/types/api';
import { jobKeys } from './job-cache';
import { applyRatedJob, ratedJobNotice, type RatedJob } from './rated-job';

const nina = { id: 'u-provider', name: 'Nina Nurse' };
const rating = { id: 'r-1', stars: 5, review: 'On time and gentle', createdAt: '2030-01-02T12:00:00Z' };

function ratedJob(job: Booking): RatedJob {
  return { job: { ...job, rating: { stars: 5, review: rating.review, createdAt: rating.createdAt } }, rating, summary: { average: 5, count: 1 } };
}

describe('applyRatedJob', () => {
  it('shows the stars on the visit’s history row in place and leaves the other rows alone', () => {
    const visit = makeBooking({ status: 'COMPLETED', provider: nina });
    const other = makeBooking({ status: 'COMPLETED', provider: nina });
    const queryClient = new QueryClient();
    queryClient.setQueryData(jobKeys.minePage('COMPLETED', 0), page([other, visit], 10));
    const rated = ratedJob(visit);

    applyRatedJob(queryClient, rated);

    expect(queryClient.getQueryData<{ items: Booking[] }>(jobKeys.minePage('COMPLETED', 0))?.items).toEqual([other, rated.job]);
  });

  it('updates the provider’s rating summary and says who rated', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<ProviderRatings>(ratingKeys.provider(nina.id), { average: null, count: 0, items: [], page: 0, size: 5, total: 0 });

    applyRatedJob(queryClient, ratedJob(makeBooking({ status: 'COMPLETED', provider: nina })));

    expect(queryClient.getQueryData<ProviderRatings>(ratingKeys.provider(nina.id))).toMatchObject({ average: 5, count: 1, items: [rating] });
    expect(queryClient.getQueryData<RatingNews>(ratingKeys.news(nina.id))?.text).toBe('Pat Patient rated your visit 5 stars.');
  });
});

describe('ratedJobNotice', () => {
  it('names the patient only while the provider may see who they are, else the visit’s area', () => {
    const visit = makeBooking({ status: 'COMPLETED', provider: nina });

    expect(ratedJobNotice(ratedJob(visit))).toBe('Pat Patient rated your visit 5 stars.');
    expect(ratedJobNotice({ ...ratedJob(redacted(visit)), rating: { ...rating, stars: 1 } })).toBe('Your visit in Kreuzberg, Berlin was rated 1 star.');
  });
});
