import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, User } from '@/types/api';
import { adminKeys, type ProviderFilter } from '../utils/admin-keys';
import type { ProviderAction } from '../utils/provider-actions';

export interface DecisionInput {
  action: ProviderAction;
  reason: string;
}

/** Approve, reject, suspend or reinstate, with the reason the audit log keeps. */
export function decideProvider(id: string, { action, reason }: DecisionInput): Promise<User> {
  return api.post<User>(`/api/admin/providers/${encodeURIComponent(id)}/${action}`, { reason });
}

/**
 * Puts the provider's new state into every cached list at once: a list filtered on another status
 * loses them, the others show the new status. The lists are fetched again afterwards for paging.
 */
function applyProvider(queryClient: QueryClient, provider: User) {
  for (const [key, page] of queryClient.getQueriesData<Page<User>>({ queryKey: [...adminKeys.providers(), 'list'] })) {
    if (!page?.items.some((item) => item.id === provider.id)) continue;
    const filter = key[3] as ProviderFilter | undefined;
    const stays = !filter?.status || filter.status === provider.verification?.status;
    const items = stays ? page.items.map((item) => (item.id === provider.id ? provider : item)) : page.items.filter((item) => item.id !== provider.id);
    queryClient.setQueryData<Page<User>>(key, { ...page, items, total: page.total - (page.items.length - items.length) });
  }
}

export function useDecideProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => decideProvider(id, input),
    onSuccess: (provider) => {
      applyProvider(queryClient, provider);
      void queryClient.invalidateQueries({ queryKey: adminKeys.providers() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.audit() });
    },
    // 409: the provider's status moved under us (another administrator); show where it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: adminKeys.providers() }),
  });
}
