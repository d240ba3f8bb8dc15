import { useId } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/ui/status-badge';
import { Stars } from '@/components/ui/stars';
import { RelativeTime } from '@/components/ui/relative-time';
import { useNow } from '@/hooks/use-now';
import { formatAddress, formatArea, formatWhen, serviceLabel, statusLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import type { BookingOutcome } from '../utils/booking-outcome';
import { canCancel, describeBooking } from '../utils/booking-progress';
import { CancelBookingButton } from './cancel-booking-button';
import { RatingForm } from './rating-form';

interface BookingItemProps {
  booking: Booking;
  linkToDetails?: boolean;
  /** What the patient's last action here came to, said on the card while the booking keeps its status. */
  outcome?: BookingOutcome | null;
  onOutcome?: (outcome: BookingOutcome) => void;
}

/**
 * One of the patient's bookings, with what can be done to it in its current state. The card takes the
 * keyboard after an action on it (useFocusOutcome), and then reads out what happened.
 */
export function BookingItem({ booking, linkToDetails = true, outcome, onOutcome }: BookingItemProps) {
  const title = serviceLabel(booking.serviceType);
  const progress = describeBooking(booking, useNow());
  const id = useId();
  const said = outcome?.bookingId === booking.id && outcome.status === booking.status ? outcome.message : undefined;
  return (
    <article
      className="card booking"
      data-testid="booking"
      data-id={booking.id}
      data-status={booking.status}
      aria-label={`${title}, ${statusLabel(booking.status).toLowerCase()}`}
      aria-describedby={said ? `${id}-outcome` : `${id}-progress`}
      tabIndex={-1}
    >
      <header className="card__header">
        <h3 className="card__title">{linkToDetails ? <Link to={`/bookings/${booking.id}`}>{title}</Link> : title}</h3>
        <StatusBadge status={booking.status} />
      </header>
      {said && (
        <p id={`${id}-outcome`} className="notice notice--success booking__outcome" data-testid="booking-outcome">
          {said}
        </p>
      )}
      <dl className="facts">
        <dt>Address</dt>
        <dd data-testid="booking-address">{formatAddress(booking) ?? formatArea(booking.area)}</dd>
        {booking.phone && (
          <>
            <dt>Phone</dt>
            <dd>{booking.phone}</dd>
          </>
        )}
        {booking.need && (
          <>
            <dt>Need</dt>
            <dd>{booking.need}</dd>
          </>
        )}
        <dt>When</dt>
        <dd data-testid="booking-when">
          {formatWhen(booking)}
          {booking.windowStart && (
            <>
              {' · '}
              <RelativeTime iso={booking.windowStart} zone={booking.timeZone} />
            </>
          )}
        </dd>
        {booking.notes && (
          <>
            <dt>Private notes</dt>
            <dd>{booking.notes}</dd>
          </>
        )}
        <dt>Booked</dt>
        <dd>
          <RelativeTime iso={booking.createdAt} zone={booking.timeZone} />
        </dd>
      </dl>
      {/* Said as it changes, live: a provider accepted, set off, gave the visit back… */}
      <p role="status" id={`${id}-progress`} className={`booking__progress booking__progress--${booking.status.toLowerCase()}`} data-testid="booking-progress">
        <strong>{progress.title}</strong>
        {progress.detail && ` ${progress.detail}`}
      </p>
      {canCancel(booking) && (
        <CancelBookingButton booking={booking} onCancelled={(cancelled, message) => onOutcome?.({ bookingId: booking.id, status: cancelled.status, message })} />
      )}
      {booking.status === 'COMPLETED' && booking.rating && (
        <div className="booking__rating" data-testid="rating">
          <p>
            Your rating: <Stars value={booking.rating.stars} />
          </p>
          {booking.rating.review && <blockquote>{booking.rating.review}</blockquote>}
        </div>
      )}
      {booking.status === 'COMPLETED' && !booking.rating && (
        <RatingForm bookingId={booking.id} onRated={() => onOutcome?.({ bookingId: booking.id, status: 'COMPLETED', message: 'Thank you: your rating was sent.' })} />
      )}
    </article>
  );
}
