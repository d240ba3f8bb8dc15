import type { Booking } from '@/types/api';
import type { BookingOutcome } from '../utils/booking-outcome';
import { BookingItem } from './booking-item';

interface BookingGroupProps {
  title: string;
  bookings: Booking[];
  outcome: BookingOutcome | null;
  onOutcome: (outcome: BookingOutcome) => void;
  /** Said when the group has nothing; without it, an empty group is left out. */
  empty?: string;
}

/** One group of the patient's bookings ("Active", "Past") under its heading. */
export function BookingGroup({ title, bookings, outcome, onOutcome, empty }: BookingGroupProps) {
  const headingId = `bookings-${title.toLowerCase()}`;
  if (bookings.length === 0 && !empty) return null;
  return (
    <section aria-labelledby={headingId} className="booking-group" data-testid={`bookings-${title.toLowerCase()}`}>
      <h2 id={headingId}>{title}</h2>
      {bookings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="list" aria-labelledby={headingId}>
          {bookings.map((booking) => (
            <li key={booking.id}>
              <BookingItem booking={booking} outcome={outcome} onOutcome={onOutcome} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
