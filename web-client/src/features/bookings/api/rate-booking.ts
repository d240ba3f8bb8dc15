import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { Rating } from '@/types/api';
import { bookingKeys, setBookingRating } from '../utils/booking-cache';

export const REVIEW_MAX_LENGTH = 1000;

export interface RateBookingInput {
  stars: number;
  review?: string;
}

export function rateBooking(id: string, input: RateBookingInput): Promise<Rating> {
  return api.post<Rating>(`/api/bookings/${encodeURIComponent(id)}/rating`, input);
}

/** `onRated` runs even when the form is gone by the time the answer comes (another tab's rating, live). */
export function useRateBooking(id: string, onRated?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['bookings', 'rate', id],
    mutationFn: (input: RateBookingInput) => rateBooking(id, input),
    onSuccess: (rating) => {
      setBookingRating(queryClient, id, { stars: rating.stars, review: rating.review, createdAt: rating.createdAt });
      onRated?.();
    },
    onError: (error) => {
      // 409: already rated (perhaps in another tab); fetch the rating that exists.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: bookingKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(id) });
      }
    },
  });
}
