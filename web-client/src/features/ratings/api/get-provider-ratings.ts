import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProviderRatings } from '@/types/api';
import { ratingKeys } from '../utils/rating-cache';

export function getProviderRatings(providerId: string, page = 0, size = 5): Promise<ProviderRatings> {
  return api.get<ProviderRatings>(`/api/providers/${encodeURIComponent(providerId)}/ratings`, { query: { page, size } });
}

export const getProviderRatingsQueryOptions = (providerId: string) =>
  queryOptions({
    queryKey: ratingKeys.provider(providerId),
    queryFn: () => getProviderRatings(providerId),
    // The job stream brings each new rating (job.rated); looking again now and then catches those given
    // while it was away too long to replay them.
    refetchInterval: 30_000,
  });

export function useProviderRatings(providerId: string) {
  return useQuery(getProviderRatingsQueryOptions(providerId));
}
