import { Link } from 'react-router';
import { FormError } from '@/components/ui/form-error';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useBooking } from '../api/get-booking';
import { BookingItem } from './booking-item';
import { BookingTimeline } from './booking-timeline';

export function BookingDetails({ bookingId }: { bookingId: string }) {
  const booking = useBooking(bookingId);
  if (booking.isPending) return <p className="muted">Loading the booking…</p>;
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
      <BookingItem booking={booking.data!} linkToDetails={false} />
      <BookingTimeline booking={booking.data!} />
    </div>
  );
}
