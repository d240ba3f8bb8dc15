import { QueryClient, type MutationOptions } from '@tanstack/react-query';
import { ApiError } from './api-client';

/**
 * Changes run when asked, online or not, and are never retried: offline, one fails at once with
 * "no connection", instead of waiting paused to go through by itself when the network returns.
 */
export const mutationDefaults = { retry: false, networkMode: 'always' } satisfies MutationOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network trouble and 5xx may.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: mutationDefaults,
    },
  });
}
