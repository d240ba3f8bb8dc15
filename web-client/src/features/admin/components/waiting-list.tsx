import { FormError } from '@/components/ui/form-error';
import { useNow } from '@/hooks/use-now';
import { errorMessage } from '@/lib/api-client';
import { useWaitingBookings } from '../api/waiting-bookings';
import { AdminBookingCard } from './admin-booking-card';

function waitedFor(createdAt: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(createdAt)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** Bookings nobody has taken for too long, oldest first; the console's stream keeps it live. */
export function WaitingList() {
  const waiting = useWaitingBookings();
  const now = useNow(30_000);
  if (waiting.isPending) return <p className="muted">Loading the bookings that wait…</p>;
  if (waiting.isError) return <FormError message={`The waiting bookings could not be loaded. ${errorMessage(waiting.error)}`} />;
  const bookings = waiting.data ?? [];
  if (bookings.length === 0) return <p className="empty">No booking is waiting too long. New ones appear here by themselves.</p>;
  return (
    <ul className="list" aria-label="Bookings waiting too long">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <AdminBookingCard
            booking={booking}
            testId="waiting-booking"
            extra={
              booking.notice ? (
                <p role="status" className="notice notice--success" data-testid="waiting-notice">
                  {booking.notice}
                </p>
              ) : (
                <p className="notice notice--warning">Waiting for {waitedFor(booking.createdAt, now)}</p>
              )
            }
          />
        </li>
      ))}
    </ul>
  );
}
