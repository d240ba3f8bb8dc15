import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Booking, ServiceType } from '@/types/api';
import { upsertBooking } from '../utils/booking-cache';

export interface CreateBookingInput {
  serviceType: ServiceType;
  address: string;
  scheduledFor?: string;
  notes?: string;
}

export function createBooking(input: CreateBookingInput): Promise<Booking> {
  return api.post<Booking>('/api/bookings', input);
}

export function useCreateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: (booking) => upsertBooking(queryClient, booking, { insertIfNew: true }),
  });
}
