import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProviderRatings } from '@/types/api';

export function getProviderRatings(providerId: string, page = 0, size = 5): Promise<ProviderRatings> {
  return api.get<ProviderRatings>(`/api/providers/${encodeURIComponent(providerId)}/ratings`, { query: { page, size } });
}

export const getProviderRatingsQueryOptions = (providerId: string) =>
  queryOptions({
    queryKey: ['ratings', 'provider', providerId],
    queryFn: () => getProviderRatings(providerId),
    // No stream carries ratings; look again now and then, and whenever the tab regains focus.
    refetchInterval: 30_000,
  });

export function useProviderRatings(providerId: string) {
  return useQuery(getProviderRatingsQueryOptions(providerId));
}
