import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { bookingKeys, upsertBooking } from '../utils/booking-cache';

/** Cancels the booking; once a provider has it, the service wants the patient's reason, which it tells them. */
export function cancelBooking(id: string, reason?: string): Promise<Booking> {
  return api.post<Booking>(`/api/bookings/${encodeURIComponent(id)}/cancel`, reason ? { reason } : undefined);
}

/**
 * `onCancelled` is the hook's, not `mutate`'s: it runs even when the button is gone by the time the
 * answer comes (the stream may say "cancelled" first, moving the booking from Active to Past).
 */
export function useCancelBooking(id: string, onCancelled?: (booking: Booking) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['bookings', 'cancel', id],
    mutationFn: (reason?: string) => cancelBooking(id, reason),
    onSuccess: (booking) => {
      upsertBooking(queryClient, booking);
      void queryClient.invalidateQueries({ queryKey: bookingKeys.steps(id) });
      onCancelled?.(booking);
    },
    onError: (error) => {
      // 409: the visit began meanwhile; 400: a provider took it, so a reason is needed now. The stream
      // normally says so too, but make sure we show where it stands.
      if (error instanceof ApiError && (error.status === 409 || error.status === 400)) {
        void queryClient.invalidateQueries({ queryKey: bookingKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(id) });
      }
    },
  });
}
