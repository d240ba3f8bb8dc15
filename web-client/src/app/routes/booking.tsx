import { Link, useParams } from 'react-router';
import { BookingDetails } from '@/features/bookings/components/booking-details';

export function BookingRoute() {
  const { bookingId = '' } = useParams();
  return (
    <section className="narrow">
      <title>Booking · MedOnDoor</title>
      <p>
        <Link to="/bookings">← All your bookings</Link>
      </p>
      <h1>Booking</h1>
      <BookingDetails bookingId={bookingId} />
    </section>
  );
}
