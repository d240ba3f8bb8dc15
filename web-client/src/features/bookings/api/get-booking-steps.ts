import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BookingStep } from '@/types/api';
import { bookingKeys } from '../utils/booking-cache';

/** The booking's life so far, oldest step first. */
export function getBookingSteps(id: string): Promise<BookingStep[]> {
  return api.get<BookingStep[]>(`/api/bookings/${encodeURIComponent(id)}/steps`);
}

export const getBookingStepsQueryOptions = (id: string) => queryOptions({ queryKey: bookingKeys.steps(id), queryFn: () => getBookingSteps(id) });

/** Fetched again whenever the stream says the booking changed (bookings-stream.ts). */
export function useBookingSteps(id: string) {
  return useQuery(getBookingStepsQueryOptions(id));
}
