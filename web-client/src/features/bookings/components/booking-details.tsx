import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '@/components/ui/form-error';
import { CardSkeleton } from '@/components/ui/skeleton';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useBooking } from '../api/get-booking';
import { useFocusOutcome, type BookingOutcome } from '../utils/booking-outcome';
import { BookingItem } from './booking-item';
import { BookingTimeline } from './booking-timeline';

export function BookingDetails({ bookingId }: { bookingId: string }) {
  const booking = useBooking(bookingId);
  const [outcome, setOutcome] = useState<BookingOutcome | null>(null);
  useFocusOutcome(outcome);
  if (booking.isPending) return <CardSkeleton label="Loading the booking…" count={1} />;
  if (booking.isError) {
    const missing = booking.error instanceof ApiError && (booking.error.status === 404 || booking.error.status === 400);
    return (
      <>
        <FormError message={missing ? 'There is no such booking among yours.' : errorMessage(booking.error)} />
        <Link to="/bookings">Back to your bookings</Link>
      </>
    );
  }
  return (
    <div className="stack">
      <BookingItem booking={booking.data!} linkToDetails={false} outcome={outcome} onOutcome={setOutcome} />
      <BookingTimeline booking={booking.data!} />
    </div>
  );
}
