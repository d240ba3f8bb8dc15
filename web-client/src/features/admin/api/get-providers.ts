import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, User } from '@/types/api';
import { adminKeys, type ProviderFilter } from '../utils/admin-keys';

export const PROVIDERS_PAGE_SIZE = 20;

/** Providers with their email, professional details and verification; the oldest change first (the queue). */
export function getProviders({ status, q, page }: ProviderFilter, size = PROVIDERS_PAGE_SIZE): Promise<Page<User>> {
  return api.get<Page<User>>('/api/admin/providers', { query: { status, q: q || undefined, page, size } });
}

export const getProvidersQueryOptions = (filter: ProviderFilter) =>
  queryOptions({ queryKey: adminKeys.providerList(filter), queryFn: () => getProviders(filter), placeholderData: keepPreviousData });

export function useProviders(filter: ProviderFilter) {
  return useQuery(getProvidersQueryOptions(filter));
}
