import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEventStream } from '@/hooks/use-event-stream';
import type { SseEvent } from '@/lib/sse-parser';
import { updateSessionUser } from '@/lib/session';
import type { User } from '@/types/api';
import { getMeQueryOptions } from './get-me';

export const ACCOUNT_STREAM_URL = '/api/me/stream';

/** The user view an `account.updated` event carries becomes the session's and the cached /api/me. */
export function applyAccountEvent(queryClient: QueryClient, event: SseEvent) {
  if (event.event !== 'account.updated') return;
  const user = JSON.parse(event.data) as User;
  queryClient.setQueryData(getMeQueryOptions().queryKey, user);
  updateSessionUser(user, { settles: true });
}

/**
 * Listens to GET /api/me/stream while mounted: the first event is the account as it is now, the
 * next ones each change of its verification (approved, rejected, suspended, reinstated).
 */
export function useAccountStream() {
  const queryClient = useQueryClient();
  return useEventStream({ url: ACCOUNT_STREAM_URL, onEvent: (event) => applyAccountEvent(queryClient, event) });
}
