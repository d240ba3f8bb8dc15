import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/react-query';
import { getSession, subscribeSession } from '@/lib/session';

/**
 * Nothing cached for one person may show to another: the cache is emptied whenever the signed-in
 * person changes, whether they logged in or out here or in another tab. After a logout it waits a
 * tick, until the guards have left the signed-in pages, so that nothing refetches without a token.
 */
function useCacheForOnePerson(client: QueryClient) {
  useEffect(() => {
    let person = getSession()?.user.id ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeSession(() => {
      const next = getSession()?.user.id ?? null;
      if (next === person) return;
      person = next;
      clearTimeout(timer);
      if (next) client.clear();
      else timer = setTimeout(() => client.clear(), 0);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [client]);
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useCacheForOnePerson(client);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
