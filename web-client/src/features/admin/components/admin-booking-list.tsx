import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import { useAdminBookings } from '../api/get-admin-bookings';
import type { BookingFilter } from '../utils/admin-keys';
import { AdminBookingCard } from './admin-booking-card';

/** A page of bookings across the platform, oldest first. */
export function AdminBookingList({ filter, onPage }: { filter: BookingFilter; onPage: (page: number) => void }) {
  const bookings = useAdminBookings(filter);
  if (bookings.isPending) return <p className="muted">Loading bookings…</p>;
  if (bookings.isError) return <FormError message={`Bookings could not be loaded. ${errorMessage(bookings.error)}`} />;
  const { items, page, size, total } = bookings.data;
  return (
    <>
      <p role="status" className="muted" data-testid="booking-count">
        {total === 1 ? '1 booking' : `${total} bookings`}
      </p>
      {items.length === 0 ? (
        <p className="empty">No bookings match.</p>
      ) : (
        <ul className="list" aria-label="Bookings">
          {items.map((booking) => (
            <li key={booking.id}>
              <AdminBookingCard booking={booking} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} size={size} total={total} onPage={onPage} label="Booking pages" />
    </>
  );
}
