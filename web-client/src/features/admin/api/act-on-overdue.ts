import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { adminKeys } from '../utils/admin-keys';

/** Release: back to the board for another provider. Cancel: the visit is off. Both with a reason, audited. */
export type OverdueAction = 'release' | 'cancel';

export const OVERDUE_REASON_MAX = 500;

export function actOnOverdue(id: string, action: OverdueAction, reason: string): Promise<Booking> {
  return api.post<Booking>(`/api/admin/bookings/${encodeURIComponent(id)}/${action}`, { reason });
}

export function useActOnOverdue(id: string, action: OverdueAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => actOnOverdue(id, action, reason),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.overdue() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.bookings() });
      void queryClient.invalidateQueries({ queryKey: adminKeys.audit() });
    },
    // 409: not overdue (any more), or no longer in a provider's hands: show the list as it is now.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: adminKeys.overdue() });
    },
  });
}
