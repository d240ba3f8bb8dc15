import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import { useBookings } from '../api/get-bookings';
import { BookingItem } from './booking-item';

/** All of the patient's bookings, newest first, a page at a time; statuses change live. */
export function BookingList({ page: controlledPage, onPage }: { page?: number; onPage?: (page: number) => void }) {
  const [ownPage, setOwnPage] = useState(0);
  const page = controlledPage ?? ownPage;
  const setPage = onPage ?? setOwnPage;
  const bookings = useBookings(page);

  if (bookings.isPending) return <p className="muted">Loading your bookings…</p>;
  if (bookings.isError) return <FormError message={`Your bookings could not be loaded. ${errorMessage(bookings.error)}`} />;

  const { items, size, total } = bookings.data!;
  return (
    <>
      {items.length === 0 ? (
        <p className="empty">No bookings yet. Book your first visit with the form.</p>
      ) : (
        <ul className="list" aria-label="Your bookings">
          {items.map((booking) => (
            <li key={booking.id}>
              <BookingItem booking={booking} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} size={size} total={total} onPage={setPage} label="Booking pages" />
    </>
  );
}
