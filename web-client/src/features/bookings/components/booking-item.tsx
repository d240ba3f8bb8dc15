import { Link } from 'react-router';
import { StatusBadge } from '@/components/ui/status-badge';
import { Stars } from '@/components/ui/stars';
import { RelativeTime } from '@/components/ui/relative-time';
import { formatAddress, formatArea, formatWhen, serviceLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { canCancel, describeBooking } from '../utils/booking-progress';
import { CancelBookingButton } from './cancel-booking-button';
import { RatingForm } from './rating-form';

/** One of the patient's bookings, with what can be done to it in its current state. */
export function BookingItem({ booking, linkToDetails = true }: { booking: Booking; linkToDetails?: boolean }) {
  const title = serviceLabel(booking.serviceType);
  const progress = describeBooking(booking);
  return (
    <article className="card booking" data-testid="booking" data-id={booking.id} data-status={booking.status} aria-label={`${title}, ${booking.status.toLowerCase()}`}>
      <header className="card__header">
        <h3 className="card__title">{linkToDetails ? <Link to={`/bookings/${booking.id}`}>{title}</Link> : title}</h3>
        <StatusBadge status={booking.status} />
      </header>
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
      <p role="status" className={`booking__progress booking__progress--${booking.status.toLowerCase()}`} data-testid="booking-progress">
        <strong>{progress.title}</strong>
        {progress.detail && ` ${progress.detail}`}
      </p>
      {canCancel(booking) && <CancelBookingButton booking={booking} />}
      {booking.status === 'COMPLETED' && booking.rating && (
        <div className="booking__rating" data-testid="rating">
          <p>
            Your rating: <Stars value={booking.rating.stars} />
          </p>
          {booking.rating.review && <blockquote>{booking.rating.review}</blockquote>}
        </div>
      )}
      {booking.status === 'COMPLETED' && !booking.rating && <RatingForm bookingId={booking.id} />}
    </article>
  );
}
