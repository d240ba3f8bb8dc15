import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatArea, formatDateTime, formatWhen, serviceLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { PrivateDetails } from './private-details';

interface AdminBookingCardProps {
  booking: Booking;
  testId?: string;
  /** Shown under the title: how long it has waited, or why it leaves the list. */
  extra?: ReactNode;
}

/** A booking as the console lists it: redacted like a provider's board, private details on request. */
export function AdminBookingCard({ booking, testId = 'admin-booking', extra }: AdminBookingCardProps) {
  const title = serviceLabel(booking.serviceType);
  return (
    <article className="card" data-testid={testId} data-id={booking.id} data-status={booking.status} aria-label={`${title} in ${formatArea(booking.area)}`}>
      <header className="card__header">
        <h3 className="card__title">{title}</h3>
        <StatusBadge status={booking.status} />
      </header>
      {extra}
      <dl className="facts">
        <dt>Area</dt>
        <dd>{formatArea(booking.area)}</dd>
        {booking.need && (
          <>
            <dt>Need</dt>
            <dd>{booking.need}</dd>
          </>
        )}
        <dt>When</dt>
        <dd>{formatWhen(booking)}</dd>
        <dt>Booked</dt>
        <dd>{formatDateTime(booking.createdAt, booking.timeZone)}</dd>
        {booking.provider && (
          <>
            <dt>Provider</dt>
            <dd>{booking.provider.name}</dd>
          </>
        )}
      </dl>
      <PrivateDetails bookingId={booking.id} />
    </article>
  );
}
