import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking, ServiceType } from '@/types/api';
import { upsertBooking } from '../utils/booking-cache';

export const NEED_MAX = 200;
export const NOTES_MAX = 2000;

export interface CreateBookingInput {
  serviceType: ServiceType;
  address: { street: string; flat?: string; postcode: string; city: string; district: string; country: string };
  /** As the patient typed it; the service checks it and stores it in E.164. */
  phone: string;
  /** What providers read before accepting. */
  need: string;
  /** A window's start and end (ISO instants); none for as soon as possible. */
  windowStart?: string;
  windowEnd?: string;
  /** The IANA zone the visit's times are shown in. */
  timeZone: string;
  /** Private: for the provider who accepts only. */
  notes?: string;
}

export function createBooking(input: CreateBookingInput): Promise<Booking> {
  return api.post<Booking>('/api/bookings', input);
}

/** `onCreated` runs even when the form was closed before the answer came. */
export function useCreateBooking(onCreated?: (booking: Booking, input: CreateBookingInput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: (booking, input) => {
      upsertBooking(queryClient, booking, { insertIfNew: true });
      onCreated?.(booking, input);
    },
  });
}
