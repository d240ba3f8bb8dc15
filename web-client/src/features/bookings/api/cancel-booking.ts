import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { bookingKeys, upsertBooking } from '../utils/booking-cache';

export function cancelBooking(id: string): Promise<Booking> {
  return api.post<Booking>(`/api/bookings/${encodeURIComponent(id)}/cancel`);
}

export function useCancelBooking(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['bookings', 'cancel', id],
    mutationFn: () => cancelBooking(id),
    onSuccess: (booking) => upsertBooking(queryClient, booking),
    onError: (error) => {
      // 409: someone accepted it first; the stream normally says so too, but make sure we show it.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: bookingKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(id) });
      }
    },
  });
}
