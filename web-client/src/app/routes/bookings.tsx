import { useState } from 'react';
import { BookingForm } from '@/features/bookings/components/booking-form';
import { BookingList } from '@/features/bookings/components/booking-list';

export function BookingsRoute() {
  const [page, setPage] = useState(0);
  return (
    <>
      <title>My bookings · MedOnDoor</title>
      <h1>Home care, booked</h1>
      <div className="columns">
        <BookingForm onCreated={() => setPage(0)} />
        <section aria-labelledby="bookings-title">
          <h2 id="bookings-title">Your bookings</h2>
          <BookingList page={page} onPage={setPage} />
        </section>
      </div>
    </>
  );
}
